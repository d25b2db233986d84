package receipt_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/receipt"
	"github.com/bitnet-go/bitnet-go/synth"
)

type fixture struct {
	path string
	m    *bitnet.Model
	sum  string
	res  bitnet.Result
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	ctx := context.Background()
	require.NoError(t, synth.Write(ctx, path, cfg, synth.Options{Seed: 1, WeightType: gguf.TypeI2_S}))
	m, err := bitnet.Load(ctx, path, bitnet.WithDevice("cpu"), bitnet.WithThreads(1))
	require.NoError(t, err)
	t.Cleanup(func() { m.Close() })
	res, err := m.Generate(ctx, "Hello receipts", bitnet.GenerateOptions{MaxTokens: 9, IgnoreEOS: true})
	require.NoError(t, err)
	sum, err := receipt.HashFile(ctx, path)
	require.NoError(t, err)
	return fixture{path: path, m: m, sum: sum, res: res}
}

func (f fixture) receipt(t *testing.T, k receipt.Kernels) *receipt.Receipt {
	t.Helper()
	r, err := receipt.New(receipt.Input{Kind: receipt.KindRun, Info: f.m.Info(), ModelSHA256: f.sum, Result: f.res, Kernels: k})
	require.NoError(t, err)
	return r
}

func TestRoundTripVerifies(t *testing.T) {
	f := newFixture(t)
	r := f.receipt(t, receipt.Kernels{Source: receipt.SourceDispatch, Scope: receipt.ScopeProcess, Exclusive: true,
		Counts: map[string]uint64{"i2s_ref": 126, "head_f16": 10}})
	assert.Equal(t, 9, r.Run.CompletionTokens)
	assert.Equal(t, "bitnet-b1.58", r.Model.Arch)
	assert.Equal(t, "cpu", r.Backend.Device)
	assert.Equal(t, "exact", r.Backend.NumericMode)
	assert.NotEmpty(t, r.Host.CPUFeatures)

	out := filepath.Join(t.TempDir(), "r.json")
	require.NoError(t, receipt.Write(out, r))
	require.Error(t, receipt.Write(os.DevNull, r), "a rename over a device must be refused")
	require.Error(t, receipt.Write(filepath.Dir(out), r), "a rename over a folder must be refused")
	back, err := receipt.Read(out)
	require.NoError(t, err)
	assert.Equal(t, r.Digest, back.Digest)
	rep := receipt.Verify(context.Background(), back, receipt.VerifyOptions{})
	require.True(t, rep.OK(), "%+v", rep.Failures())
	var model receipt.Finding
	for _, fd := range rep.Findings {
		if fd.Check == "model_file" {
			model = fd
		}
	}
	assert.Equal(t, receipt.Pass, model.Status, "the model file is at the recorded path, so its hash is recomputed")

	// No temporary files are left next to the receipt.
	ents, err := os.ReadDir(filepath.Dir(out))
	require.NoError(t, err)
	assert.Len(t, ents, 1)
}

func TestNewRefusesUnfinished(t *testing.T) {
	f := newFixture(t)
	for name, mut := range map[string]func(*receipt.Input){
		"no finish reason": func(in *receipt.Input) { in.Result.FinishReason = "" },
		"no prompt":        func(in *receipt.Input) { in.Result.PromptTokens = 0 },
		"bad sha":          func(in *receipt.Input) { in.ModelSHA256 = "abc" },
		"bad kind":         func(in *receipt.Input) { in.Kind = "bench" },
	} {
		t.Run(name, func(t *testing.T) {
			in := receipt.Input{Kind: receipt.KindRun, Info: f.m.Info(), ModelSHA256: f.sum, Result: f.res}
			mut(&in)
			_, err := receipt.New(in)
			require.Error(t, err)
		})
	}
	_, err := receipt.New(receipt.Input{Kind: receipt.KindRun, Info: f.m.Info(), ModelSHA256: f.sum, Result: bitnet.Result{PromptTokens: 3}})
	require.ErrorIs(t, err, receipt.ErrIncomplete)
}

// TestVerifyDetectsTampering changes one thing at a time and expects the
// named checks to fail (re-sealing the digest where the point is that the
// recomputation, not the digest, catches it).
func TestVerifyDetectsTampering(t *testing.T) {
	f := newFixture(t)
	base := f.receipt(t, receipt.Kernels{Source: receipt.SourceDispatch, Scope: receipt.ScopeRequest, Counts: map[string]uint64{"k": 3}})
	cases := []struct {
		name   string
		mut    func(*receipt.Receipt)
		reseal bool
		fails  []string
	}{
		{"edited without resealing", func(r *receipt.Receipt) { r.Run.DecodeTokensPerSec *= 2 }, false, []string{"digest", "decode_tokens_per_sec"}},
		{"faster decode claimed", func(r *receipt.Receipt) { r.Run.DecodeTokensPerSec *= 2 }, true, []string{"decode_tokens_per_sec"}},
		{"faster prefill claimed", func(r *receipt.Receipt) { r.Run.PrefillTokensPerSec += 1 }, true, []string{"prefill_tokens_per_sec"}},
		{"token dropped", func(r *receipt.Receipt) { r.Run.TokenIDs = r.Run.TokenIDs[1:] }, true, []string{"completion_tokens", "token_ids_sha256"}},
		{"token out of vocab", func(r *receipt.Receipt) { r.Run.TokenIDs[0] = int32(r.Model.Vocab) }, true, []string{"token_ids_sha256", "token_ids_range"}},
		{"ttft before prefill", func(r *receipt.Receipt) { r.Run.TimeToFirstTokenNs = r.Run.PrefillNs - 1 }, true, []string{"timings"}},
		{"no dispatches", func(r *receipt.Receipt) { r.Kernels.Counts = map[string]uint64{"k": 0} }, true, []string{"kernels"}},
		{"unknown kernel source", func(r *receipt.Receipt) { r.Kernels.Source = "guess" }, true, []string{"kernels"}},
		{"no model hash", func(r *receipt.Receipt) { r.Model.SHA256 = "" }, true, []string{"fields", "model_file"}},
		{"wrong model hash", func(r *receipt.Receipt) { r.Model.SHA256 = strings.Repeat("0", 64) }, true, []string{"model_file"}},
		{"too long for context", func(r *receipt.Receipt) { r.Model.ContextLength = 3 }, true, []string{"context"}},
		{"bad numeric mode", func(r *receipt.Receipt) { r.Backend.NumericMode = "fast" }, true, []string{"fields"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := json.Marshal(base)
			require.NoError(t, err)
			r, err := receipt.Parse(b)
			require.NoError(t, err)
			c.mut(r)
			if c.reseal {
				r.Digest, err = r.ComputeDigest()
				require.NoError(t, err)
			}
			rep := receipt.Verify(context.Background(), r, receipt.VerifyOptions{})
			var failed []string
			for _, fd := range rep.Failures() {
				failed = append(failed, fd.Check)
			}
			assert.ElementsMatch(t, c.fails, failed)
		})
	}
}

func TestVerifyModelFileOptions(t *testing.T) {
	f := newFixture(t)
	r := f.receipt(t, receipt.Kernels{})
	assert.Equal(t, receipt.SourceUnavailable, r.Kernels.Source)
	ctx := context.Background()

	other := filepath.Join(t.TempDir(), "other.gguf")
	require.NoError(t, os.WriteFile(other, []byte("not the model"), 0o644))
	rep := receipt.Verify(ctx, r, receipt.VerifyOptions{ModelPath: other})
	require.False(t, rep.OK())
	assert.Equal(t, "model_file", rep.Failures()[0].Check)

	rep = receipt.Verify(ctx, r, receipt.VerifyOptions{SkipModelHash: true})
	require.True(t, rep.OK())

	r.Model.Path = filepath.Join(t.TempDir(), "moved.gguf")
	r.Digest, _ = r.ComputeDigest()
	rep = receipt.Verify(ctx, r, receipt.VerifyOptions{})
	require.True(t, rep.OK(), "a model that is not here is skipped, not failed")

	rep = receipt.Verify(ctx, r, receipt.VerifyOptions{ModelPath: r.Model.Path})
	require.False(t, rep.OK(), "an explicit model path that does not exist fails")
}

func TestParseStrict(t *testing.T) {
	f := newFixture(t)
	b, err := f.receipt(t, receipt.Kernels{}).Marshal()
	require.NoError(t, err)
	for name, data := range map[string]string{
		"unknown field": strings.Replace(string(b), `"schema":`, `"extra": 1, "schema":`, 1),
		"trailing":      string(b) + "{}",
		"truncated":     string(b[:len(b)/2]),
		"not an object": `[1,2]`,
		"empty":         ``,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := receipt.Parse([]byte(data))
			require.Error(t, err)
		})
	}
	r, err := receipt.Parse([]byte(`{"schema":"other","schema_version":9}`))
	require.NoError(t, err)
	rep := receipt.Verify(context.Background(), r, receipt.VerifyOptions{})
	require.False(t, rep.OK())
	assert.Len(t, rep.Findings, 1, "an unknown schema stops verification")
}

func TestDiffCounts(t *testing.T) {
	d := receipt.DiffCounts(map[string]uint64{"a": 5, "b": 2}, map[string]uint64{"a": 9, "b": 2, "c": 1})
	assert.Equal(t, map[string]uint64{"a": 4, "c": 1}, d)
}

func TestHashTokens(t *testing.T) {
	// sha256 of the 8 bytes 01 00 00 00 ff ff ff ff.
	assert.Equal(t, "b15348c8f462384c01e83b6d499c6faf3f96808f5aa07c6bab4b65b36b4445d4", receipt.HashTokens([]int32{1, -1}))
	assert.NotEqual(t, receipt.HashTokens([]int32{1, 2}), receipt.HashTokens([]int32{2, 1}))
	assert.Equal(t, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", receipt.HashTokens(nil))
}

func FuzzParseVerify(f *testing.F) {
	f.Add([]byte(`{"schema":"bitnet-go/receipt","schema_version":1,"run":{"token_ids":[1,2,3],"completion_tokens":3}}`))
	f.Add([]byte(`{"schema":"bitnet-go/receipt","schema_version":1,"model":{"vocab":-1},"run":{"prefill_ns":-5}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := receipt.Parse(data)
		if err != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		// Never hash whatever path the input names.
		rep := receipt.Verify(ctx, r, receipt.VerifyOptions{SkipModelHash: true})
		if r.Schema == receipt.Schema && r.SchemaVersion == receipt.SchemaVersion {
			require.Greater(t, len(rep.Findings), 5)
		}
	})
}
