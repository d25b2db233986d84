package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
)

func TestRunInspectText(t *testing.T) {
	path := synthFile(t, t.TempDir(), "tiny", gguf.TypeI2_S, 1)
	var stdout, stderr bytes.Buffer
	require.NoError(t, runInspect(context.Background(), []string{path}, &stdout, &stderr), stderr.String())
	out := stdout.String()
	for _, want := range []string{
		"format  GGUF v3, alignment 32",
		"family  BitNet b1.58 (bitnet.cpp) (bitnet-b1.58): sub-norms, FFN relu2 (overridable), RoPE neox",
		"metadata (23 keys)",
		`general.architecture`, `"bitnet-b1.58"`,
		`[1024 strings] "!", "\"", "#", "$", "%", ...`,
		"tensors (24)",
		"token_embd.weight",
		"totals by type",
	} {
		assert.Contains(t, out, want)
	}
	for _, re := range []string{
		`(?m)^  F32\s+9 tensors\s+11264 bytes`,
		`(?m)^  F16\s+1 tensor\s+524288 bytes`,
		`(?m)^  I2_S\s+14 tensors\s+295360 bytes`,
		`(?m)^  all\s+24 tensors`,
		`(?m)^\s+2  blk\.0\.attn_q\.weight\s+I2_S\s+256 x 256\s+16416\s+\d+$`,
	} {
		assert.Regexp(t, regexp.MustCompile(re), out)
	}
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Contains(t, out, "file size  "+strconv.FormatInt(st.Size(), 10)+" bytes")
	assert.NotContains(t, out, "sha256")
	assert.Empty(t, stderr.String())
}

func TestRunInspectJSONAndSHA(t *testing.T) {
	path := synthFile(t, t.TempDir(), "tiny", gguf.TypeTQ2_0, 2)
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	sum := sha256.Sum256(raw)
	f, err := gguf.Open(path)
	require.NoError(t, err)
	defer f.Close()

	for _, args := range [][]string{
		{"-json", "-sha256=tensors", path},
		{path, "-json", "-sha256=tensors"}, // flags after the file
	} {
		var stdout bytes.Buffer
		require.NoError(t, runInspect(context.Background(), args, &stdout, &bytes.Buffer{}))
		var r inspectReport
		require.NoError(t, json.Unmarshal(stdout.Bytes(), &r))
		assert.Equal(t, hex.EncodeToString(sum[:]), r.SHA256)
		assert.Equal(t, int64(len(raw)), r.Size)
		assert.Equal(t, f.DataOffset(), r.DataOffset)
		require.Len(t, r.Tensors, 24)
		for _, ti := range r.Tensors {
			data, err := f.TensorData(ti.Name)
			require.NoError(t, err)
			s := sha256.Sum256(data)
			assert.Equal(t, hex.EncodeToString(s[:]), ti.SHA256, ti.Name)
			assert.Equal(t, raw[ti.Offset:ti.Offset+ti.Bytes], data, ti.Name)
		}
		require.Len(t, r.Metadata, 23)
		assert.Equal(t, "general.architecture", r.Metadata[0].Key)
		assert.Equal(t, "bitnet-b1.58", r.Metadata[0].Value)
		toks := r.Metadata[15]
		assert.Equal(t, "tokenizer.ggml.tokens", toks.Key)
		assert.Equal(t, "array[string]", toks.Type)
		require.NotNil(t, toks.Len)
		assert.Equal(t, 1024, *toks.Len)
		assert.Equal(t, []any{"!", "\"", "#", "$", "%"}, toks.Head)
		assert.Equal(t, []inspectTotal{{"F32", 9, 11264}, {"F16", 1, 524288}, {"TQ2_0", 14, 304128}}, r.Totals)
	}

	var stdout bytes.Buffer
	require.NoError(t, runInspect(context.Background(), []string{"-sha256", path}, &stdout, &bytes.Buffer{}))
	assert.Contains(t, stdout.String(), "sha256  "+hex.EncodeToString(sum[:]))
	assert.NotContains(t, stdout.String(), "  sha256\n") // no per-tensor column
}

func TestRunInspectOddValues(t *testing.T) {
	w := gguf.NewWriter()
	w.Set("x.nan", gguf.Float32Value(float32(math.NaN())))
	w.Set("x.inf", gguf.Float64Value(math.Inf(-1)))
	w.Set("x.false", gguf.BoolValue(false))
	w.Set("x.zero", gguf.Int8Value(0))
	w.Set("x.empty", gguf.StringsValue(nil))
	w.Set("x.long", gguf.StringValue(string(bytes.Repeat([]byte("é"), 200))))
	nested, err := gguf.ArrayValue(gguf.ValueTypeArray, []gguf.Value{gguf.Int32sValue([]int32{1, 2}), gguf.StringsValue([]string{"a"})})
	require.NoError(t, err)
	w.Set("x.nested", nested)
	path := filepath.Join(t.TempDir(), "odd.gguf")
	require.NoError(t, w.WriteFile(context.Background(), path))

	var stdout bytes.Buffer
	require.NoError(t, runInspect(context.Background(), []string{"-json", path}, &stdout, &bytes.Buffer{}))
	var r inspectReport
	require.NoError(t, json.Unmarshal(stdout.Bytes(), &r))
	got := map[string]inspectKV{}
	for _, kv := range r.Metadata {
		got[kv.Key] = kv
	}
	assert.Equal(t, "NaN", got["x.nan"].Value)
	assert.Equal(t, "-Inf", got["x.inf"].Value)
	assert.Equal(t, false, got["x.false"].Value)
	assert.Equal(t, float64(0), got["x.zero"].Value)
	assert.Equal(t, 0, *got["x.empty"].Len)
	assert.Equal(t, "array[array]", got["x.nested"].Type)
	assert.Empty(t, r.Tensors)

	stdout.Reset()
	require.NoError(t, runInspect(context.Background(), []string{path}, &stdout, &bytes.Buffer{}))
	out := stdout.String()
	assert.Contains(t, out, "... (400 bytes)")
	assert.Contains(t, out, "[2 array] [2 ...], [1 ...]")
	assert.Contains(t, out, "[0 strings]")
	assert.Contains(t, out, "tensors (0)")
}

func TestRunInspectErrors(t *testing.T) {
	dir := t.TempDir()
	junk := filepath.Join(dir, "junk.gguf")
	require.NoError(t, os.WriteFile(junk, bytes.Repeat([]byte("x"), 100), 0o644))
	tests := []struct {
		name  string
		args  []string
		usage bool
	}{
		{"no file", nil, true},
		{"two files", []string{junk, junk}, true},
		{"bad sha mode", []string{"-sha256=md5", junk}, true},
		{"missing", []string{filepath.Join(dir, "none.gguf")}, false},
		{"not gguf", []string{junk}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			err := runInspect(context.Background(), tt.args, &bytes.Buffer{}, &stderr)
			require.Error(t, err)
			if tt.usage {
				assert.ErrorIs(t, err, errUsage)
				assert.Contains(t, stderr.String(), "Run 'bitnet inspect -h' for the flags.")
			} else {
				assert.NotErrorIs(t, err, errUsage)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	path := synthFile(t, dir, "tiny", gguf.TypeI2_S, 1)
	err := runInspect(ctx, []string{"-sha256", path}, &bytes.Buffer{}, &bytes.Buffer{})
	assert.ErrorIs(t, err, context.Canceled)
}
