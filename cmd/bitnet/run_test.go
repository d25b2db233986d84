package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/synth"
)

func tinyModelFile(t *testing.T) string {
	t.Helper()
	cfg, err := synth.Preset("tiny")
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "tiny.gguf")
	require.NoError(t, synth.Write(context.Background(), path, cfg, synth.Options{Seed: 3, WeightType: gguf.TypeI2_S}))
	return path
}

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = mainCode(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestRunCommand(t *testing.T) {
	model := tinyModelFile(t)
	code, out, errOut := runCLI(t, "run", "-m", model, "-p", "Hello", "-n", "8", "--temp", "0", "--ignore-eos", "--device", "cpu")
	require.Equal(t, 0, code, errOut)
	assert.NotEmpty(t, out)
	assert.Contains(t, errOut, "generated: 8 tokens")
	assert.Contains(t, errOut, "peak RSS")

	// Greedy output is reproducible and -stream=false prints the same text.
	code, out2, _ := runCLI(t, "run", "-m", model, "-p", "Hello", "-n", "8", "--temp", "0", "--ignore-eos", "--stream=false", "--quiet")
	require.Equal(t, 0, code)
	assert.Equal(t, out, out2)

	code, _, errOut = runCLI(t, "run", "-m", model, "-p", "Hi", "-n", "4", "--chat", "--system", "Be brief.", "--quiet")
	require.Equal(t, 0, code, errOut)
}

func TestRunCommandErrors(t *testing.T) {
	model := tinyModelFile(t)
	for _, tc := range []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no model", []string{"run", "-p", "x"}, 1, "no model"},
		{"no prompt", []string{"run", "-m", model}, 1, "no prompt"},
		{"bad flag", []string{"run", "--nope"}, 2, "flag provided but not defined"},
		{"bad mode", []string{"run", "-m", model, "-p", "x", "--mode", "fast"}, 1, "numeric mode"},
		{"bad load mode", []string{"run", "-m", model, "-p", "x", "--load-mode", "disk"}, 1, "load"},
		{"missing file", []string{"run", "-m", filepath.Join(t.TempDir(), "none.gguf"), "-p", "x"}, 1, "no such file"},
		{"bad sampling", []string{"run", "-m", model, "-p", "x", "--top-p", "3", "--quiet"}, 1, "TopP"},
		{"unknown command", []string{"fly"}, 2, "unknown command"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, tc.args...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Contains(t, errOut, tc.msg)
		})
	}
}

func TestTokenizeCommand(t *testing.T) {
	tok := filepath.Join("..", "..", "testdata", "tokenizer", "tokenizer.json.gz")
	// A committed fixture: missing is a failure, not a skip.
	_, err := os.Stat(tok)
	require.NoError(t, err, "committed fixture testdata/tokenizer/tokenizer.json.gz")
	in := filepath.Join(t.TempDir(), "in.txt")
	require.NoError(t, os.WriteFile(in, []byte("Hello world!"), 0o644))
	code, out, errOut := runCLI(t, "tokenize", "--tokenizer", tok, "--ids", "--no-bos", "-f", in)
	require.Equal(t, 0, code, errOut)
	assert.Equal(t, "9906 1917 0\n", out)
	code, out, _ = runCLI(t, "tokenize", "--tokenizer", tok, "--ids", "-f", in)
	require.Equal(t, 0, code)
	assert.Equal(t, "128000 9906 1917 0\n", out)

	// A GGUF works as the tokenizer too.
	model := tinyModelFile(t)
	code, out, errOut = runCLI(t, "tokenize", "--tokenizer", model, "-f", in)
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.Count(out, "\n") >= 2)
}

func TestPerplexityCommand(t *testing.T) {
	model := tinyModelFile(t)
	text := filepath.Join(t.TempDir(), "text.txt")
	require.NoError(t, os.WriteFile(text, []byte(strings.Repeat("the quick brown fox jumps over the lazy dog. ", 20)), 0o644))
	code, out, errOut := runCLI(t, "perplexity", "-m", model, "-f", text, "--window", "64", "--quiet")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "Final estimate: PPL = ")
}

func TestVersionAndHelp(t *testing.T) {
	code, out, _ := runCLI(t, "version")
	require.Equal(t, 0, code)
	assert.True(t, strings.HasPrefix(out, "bitnet "))
	code, _, errOut := runCLI(t)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "commands:")
	code, _, _ = runCLI(t, "help")
	assert.Equal(t, 0, code)
}
