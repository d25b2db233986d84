package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/crossval"
	"github.com/bitnet-go/bitnet-go/cuda"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/synth"
)

func fixturePath(name string) string {
	return filepath.Join("..", "..", "testdata", "bitnetcpp-small", "small-i2_s."+name)
}

func crossvalRun(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := runCrossval(context.Background(), append([]string{"-quiet"}, args...), &out, &errOut)
	if errOut.Len() > 0 {
		t.Logf("stderr: %s", errOut.String())
	}
	return out.String(), err
}

func exitCodeOf(err error) int {
	if err == nil {
		return 0
	}
	var ec exitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return 1
}

// The bitnet.cpp fixture end to end: each dump on its own tokens and
// positions, with the batch split bitnet.cpp used. bitnetcpp mode passes its
// 1e-4 policy; exact mode breaks it and exits 3.
func TestCrossvalBitNetCppFixture(t *testing.T) {
	model := fixturePath("gguf")
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"batch prefill", []string{"--ref", fixturePath("batch.prefill.bin")}},
		{"batch gen", []string{"--ref", fixturePath("batch.gen.bin"), "--prefix", fixturePath("batch.prefill.bin"), "--ubatch", "1", "--prefix-ubatch", "all"}},
		{"ub1 prefill", []string{"--ref", fixturePath("ub1.prefill.bin"), "--ubatch", "1"}},
		{"ub1 gen", []string{"--ref", fixturePath("ub1.gen.bin"), "--prefix", fixturePath("ub1.prefill.bin"), "--ubatch", "1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"-m", model, "-t", "2", "--kernels", "ref"}, tc.args...)
			out, err := crossvalRun(t, append(args, "--mode", "bitnetcpp")...)
			require.NoError(t, err, out)
			require.Contains(t, out, "verdict:   PASS")
			require.Contains(t, out, "policy:    bitnetcpp (max rel <= 0.0001)")
			require.Contains(t, out, "worst max relative error")

			out, err = crossvalRun(t, append(args, "--mode", "exact")...)
			require.Error(t, err)
			require.ErrorIs(t, err, crossval.ErrToleranceExceeded)
			require.Equal(t, 3, exitCodeOf(err))
			require.Contains(t, out, "verdict:   FAIL")
		})
	}
}

func TestCrossvalRefErrors(t *testing.T) {
	model := fixturePath("gguf")
	_, err := crossvalRun(t, "-m", model, "--ref", fixturePath("batch.gen.bin"))
	require.ErrorContains(t, err, "--prefix")
	require.Equal(t, 1, exitCodeOf(err))
	_, err = crossvalRun(t, "-m", model, "--ref", fixturePath("batch.gen.bin"), "--prompt-ids", "1528,101")
	require.ErrorContains(t, err, "position 2")
	_, err = crossvalRun(t, "-m", model, "--ref", fixturePath("batch.gen.bin"), "--prefix", fixturePath("ub1.gen.bin"))
	require.Error(t, err)
	_, err = crossvalRun(t, "-m", model, "--ref", fixturePath("gguf"))
	require.ErrorIs(t, err, crossval.ErrFormat)
	_, err = crossvalRun(t, "-m", model, "--ref", fixturePath("batch.prefill.bin"), "--b", "cpu")
	require.Error(t, err)
	_, err = crossvalRun(t, "-m", model)
	require.ErrorIs(t, err, errUsage)
	_, err = crossvalRun(t, "--ref", fixturePath("batch.prefill.bin"))
	require.ErrorContains(t, err, "no model")
	_, err = crossvalRun(t, "-m", model, "--ref", fixturePath("batch.prefill.bin"), "--policy", "fp64")
	require.ErrorContains(t, err, "unknown policy")
	_, err = crossvalRun(t, "-m", model, "--ref", fixturePath("batch.prefill.bin"), "--a", "tpu")
	require.Error(t, err)
	_, err = crossvalRun(t, "-m", model, "--ref", fixturePath("batch.prefill.bin"), "--ubatch", "x")
	require.Error(t, err)
}

// tinyModel writes the tiny synthetic preset.
func tinyModel(t *testing.T) string {
	t.Helper()
	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, synth.Write(context.Background(), path, cfg, synth.Options{Seed: 5, WeightType: gguf.TypeI2_S}))
	return path
}

// A dump of another model's vocabulary is refused, naming both sizes.
func TestCrossvalVocabMismatch(t *testing.T) {
	_, err := crossvalRun(t, "-m", tinyModel(t), "--ref", fixturePath("batch.prefill.bin"))
	require.ErrorContains(t, err, "1536 logits per row, the model 1024")
}

// --dump writes our logits; comparing a run with its own dump is exact.
func TestCrossvalDumpAndCompare(t *testing.T) {
	model := tinyModel(t)
	dump := filepath.Join(t.TempDir(), "ours.bnlg")
	out, err := crossvalRun(t, "-m", model, "--mode", "bitnetcpp", "--prompt-ids", "3,1,4,1,5,9,2,6", "--ubatch", "3", "--dump", dump)
	require.NoError(t, err)
	require.Contains(t, out, "wrote "+dump+": 8 rows of 1024 logits")
	l, err := crossval.ReadLogitsFile(dump)
	require.NoError(t, err)
	require.Equal(t, []int32{3, 1, 4, 1, 5, 9, 2, 6}, l.Tokens)
	require.Equal(t, []int32{0, 1, 2, 3, 4, 5, 6, 7}, l.Poss)

	out, err = crossvalRun(t, "-m", model, "--mode", "bitnetcpp", "--ubatch", "3", "--ref", dump, "--policy", "fp32", "--json")
	require.NoError(t, err)
	var rep crossval.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Equal(t, crossval.Pass, rep.Verdict)
	require.Zero(t, float64(rep.Summary.WorstMaxRel))
	require.Len(t, rep.Rows, 8)

	// The split is part of the reference: token by token rounds differently.
	out, err = crossvalRun(t, "-m", model, "--mode", "bitnetcpp", "--ubatch", "1", "--ref", dump, "--policy", "1e-7", "--table=false")
	require.NotContains(t, out, "max_rel")
	t.Logf("own dump, other split:\n%s", out)
	if err != nil {
		require.Equal(t, 3, exitCodeOf(err))
	}

	// A tail of the dump, with the earlier tokens from --prompt-ids, joins
	// the context and rows in the same calls of 3 (positions 6-7 share a call).
	tail := &crossval.Logits{V: l.V, Tokens: l.Tokens[6:], Poss: l.Poss[6:], Data: l.Data[6*l.V:]}
	tailPath := filepath.Join(t.TempDir(), "tail.bnlg")
	require.NoError(t, crossval.WriteLogitsFile(tailPath, tail))
	out, err = crossvalRun(t, "-m", model, "--mode", "bitnetcpp", "--ubatch", "3", "--ref", tailPath, "--prompt-ids", "3,1,4,1,5,9", "--policy", "fp32")
	require.NoError(t, err, out)
	require.Contains(t, out, "positions 0-5 were context only")
}

// Two configurations of this program, and the matrix.
func TestCrossvalConfigurations(t *testing.T) {
	model := tinyModel(t)
	out, err := crossvalRun(t, "-m", model, "--a", "cpu,kernels=ref,threads=1", "--b", "cpu,kernels=ref,threads=2,ubatch=1", "--random", "6")
	require.NoError(t, err, out)
	require.Contains(t, out, "policy:    fp32")
	require.Contains(t, out, "verdict:   PASS")
	require.Contains(t, out, "6 rows at positions 0-5 compared")
	require.Equal(t, 6, strings.Count(out, " =  "), "six rows with agreeing argmax:\n%s", out)

	out, err = crossvalRun(t, "-m", model, "--a", "cpu,mode=exact", "--b", "cpu,mode=bitnetcpp", "-p", "hello world")
	require.NoError(t, err, out)
	require.Contains(t, out, "verdict:   UNCHECKED")
	require.Contains(t, out, "numeric modes differ")

	_, err = crossvalRun(t, "-m", model, "--b", "cpu", "--random", "3", "--prompt-ids", "1")
	require.ErrorContains(t, err, "exactly one")

	out, err = crossvalRun(t, "-m", model, "--matrix", "--random", "3")
	require.NoError(t, err, out)
	require.Contains(t, out, "configurations:")
	require.Contains(t, out, "worst case:")
	if !cuda.Built() {
		require.Contains(t, out, "SKIP", "CUDA configurations are listed as skipped without a GPU build")
	}
}
