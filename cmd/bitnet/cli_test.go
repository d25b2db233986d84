package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/gguf"
)

// Help is output the user asked for: stdout, exit status 0, with examples,
// for every command; `bitnet help CMD` is `bitnet CMD -h`.
func TestHelpOnStdout(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, c.name, "-h")
			assert.Equal(t, 0, code, errOut)
			assert.Empty(t, errOut)
			name := c.name
			if name == "receipt" {
				name = "receipt verify"
			}
			assert.Contains(t, out, "usage: bitnet "+name)
			assert.Contains(t, out, "examples:\n  ")
			code, out2, errOut := runCLI(t, "help", c.name)
			assert.Equal(t, 0, code, errOut)
			assert.Equal(t, out, out2)
		})
	}
	for _, args := range [][]string{{"-h"}, {"--help"}, {"help"}} {
		code, out, errOut := runCLI(t, args...)
		assert.Equal(t, 0, code)
		assert.Empty(t, errOut)
		assert.Contains(t, out, "commands:")
	}
	code, _, errOut := runCLI(t, "help", "fly")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown command "fly"`)
}

func TestHelpText(t *testing.T) {
	_, out, _ := runCLI(t, "run", "-h")
	// float32 defaults print as typed, not as float64(float32(0.8)).
	assert.Contains(t, out, "(default 0.8)")
	assert.Contains(t, out, "(default 0.95)")
	assert.NotContains(t, out, "0.800000011920929")
	// -kernels lists every set this CPU runs (cpu.KernelSets, the one list).
	assert.Contains(t, out, strings.Join(cpu.KernelSets(), ", "))
	assert.Contains(t, out, "0 or -1: no limit")
	for _, cmd := range []string{"run", "chat", "serve", "perplexity"} {
		_, out, _ := runCLI(t, cmd, "-h")
		assert.Contains(t, out, "-head string", cmd)
		assert.Contains(t, out, "q6_k", cmd)
	}
}

func TestVersionFlag(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}, {"-version"}} {
		code, out, errOut := runCLI(t, args...)
		require.Equal(t, 0, code, errOut)
		assert.Regexp(t, `^bitnet \S+, revision .+, go1\.`, out)
	}
}

// Flags are read anywhere, and a stray word is an error rather than the end
// of the flags: `-p hello world -n 3 --temp 0` used to drop "world -n 3
// --temp 0" silently and generate 128 tokens.
func TestFlagsAnywhere(t *testing.T) {
	model := tinyModelFile(t)
	code, _, errOut := runCLI(t, "run", "-m", model, "-p", "hello", "world", "-n", "3", "--temp", "0")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unexpected argument "world"`)
	code, _, errOut = runCLI(t, "chat", "-m", model, "stray")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unexpected argument "stray"`)
	code, _, errOut = runCLI(t, "serve", "-m", model, "stray", "--addr", "127.0.0.1:0")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unexpected argument "stray"`)

	// Flags after a positional argument are flags.
	code, out, errOut := runCLI(t, "inspect", model, "-json")
	require.Equal(t, 0, code, errOut)
	assert.True(t, strings.HasPrefix(out, "{"))
	file := filepath.Join(t.TempDir(), "r.json")
	code, _, errOut = runCLI(t, "run", "-m", model, "-p", "hello", "-n", "3", "--temp", "0", "--ignore-eos", "--receipt", file)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "generated: 3 tokens")
	code, out, errOut = runCLI(t, "receipt", "verify", file, "-skip-model-hash")
	require.Equal(t, 0, code, errOut+out)
	assert.Contains(t, out, "1 receipt(s) verified")

	// -f and -p together are ambiguous.
	prompt := filepath.Join(t.TempDir(), "p.txt")
	require.NoError(t, os.WriteFile(prompt, []byte("hi"), 0o644))
	code, _, errOut = runCLI(t, "run", "-m", model, "-p", "x", "-f", prompt)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "-p and -f both give the prompt")
}

func TestServeSlotsValidated(t *testing.T) {
	model := tinyModelFile(t)
	for _, tc := range []struct{ flag, val, msg string }{
		{"-slots", "0", "-slots 0: want 1 or more"},
		{"-slots", "-1", "-slots -1: want 1 or more"},
		{"-np", "0", "-slots 0: want 1 or more"},
		{"-queue", "-2", "-queue -2: want -1"},
	} {
		code, _, errOut := runCLI(t, "serve", "-m", model, "--addr", "127.0.0.1:0", tc.flag, tc.val)
		assert.Equal(t, 2, code, tc.flag+" "+tc.val)
		assert.Contains(t, errOut, tc.msg)
		assert.NotContains(t, errOut, "listening")
	}
}

func TestModelFlagLimits(t *testing.T) {
	model := tinyModelFile(t)
	// -t above the CPU count is lowered, with a warning.
	code, _, errOut := runCLI(t, "run", "-m", model, "-p", "hi", "-n", "2", "-t", "1000", "--temp", "0", "--ignore-eos")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "warning: -t 1000 is more than the")
	assert.Contains(t, errOut, "using "+strconv.Itoa(runtime.NumCPU()))
	// -c above the trained context (512 for the tiny preset) is allowed with a warning.
	code, _, errOut = runCLI(t, "run", "-m", model, "-p", "hi", "-n", "2", "-c", "1024", "--temp", "0", "--ignore-eos", "--quiet")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "warning: -c 1024 is more than the model's trained context of 512 tokens")
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"run", "-m", model, "-p", "hi", "-t", "-2"}, 1, "-t -2: want 0"},
		{[]string{"run", "-m", model, "-p", "hi", "-c", "-1"}, 1, "-c -1: want 0"},
		{[]string{"run", "-m", model, "-p", "hi", "-device", "cpu", "-precision", "fp16"}, 1, "-precision fp16 applies to GPUs only"},
		{[]string{"perplexity", "-m", model, "-f", model, "-c", "32"}, 2, "-c 32 is smaller than the window of 512 tokens: lower --window"},
	} {
		code, _, errOut := runCLI(t, tc.args...)
		assert.Equal(t, tc.code, code, errOut)
		assert.Contains(t, errOut, tc.msg)
	}
	// --receipt is checked before the model loads (here: no model at all).
	missing := filepath.Join(t.TempDir(), "no-such-dir", "r.json")
	code, _, errOut = runCLI(t, "run", "-m", filepath.Join(t.TempDir(), "none.gguf"), "-p", "hi", "--receipt", missing)
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "does not exist")
	assert.NotContains(t, errOut, "none.gguf")
}

// Every command that writes a file refuses a path that exists and is not a
// regular file: as root, `synth -o /dev/full` renamed a regular file over
// the device node.
func TestOutputsMustBeRegularFiles(t *testing.T) {
	model := tinyModelFile(t)
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	for _, args := range [][]string{
		{"synth", "-o", fifo, "-quiet"},
		{"synth", "-o", dir, "-quiet"},
		{"quantize", model, fifo, "I2_S"},
		{"run", "-m", model, "-p", "hi", "-n", "1", "--receipt", fifo, "--quiet"},
		{"bench", "-m", model, "-p", "4", "-n", "4", "-r", "1", "-bw-size", "0", "-cpuprofile", fifo},
		{"crossval", "-m", model, "--random", "4", "--dump", fifo},
	} {
		t.Run(args[0], func(t *testing.T) {
			code, _, errOut := runCLI(t, args...)
			assert.NotEqual(t, 0, code)
			assert.Contains(t, errOut, "exists and is not a regular file")
			st, err := os.Lstat(fifo)
			require.NoError(t, err)
			assert.NotZero(t, st.Mode()&os.ModeNamedPipe, "the FIFO was replaced")
		})
	}
}

// The chat's Ctrl-C: during a reply it stops the reply and the prompt comes
// back; at the prompt it ends the chat at once, without waiting for Enter.
func TestChatInterrupt(t *testing.T) {
	model := tinyModelFile(t)
	inR, inW, err := os.Pipe()
	require.NoError(t, err)
	defer inW.Close()
	defer inR.Close()
	intr := make(chan os.Signal, 2)
	out := newWatchWriter()
	var errb syncBuffer
	cancelled := make(chan struct{})
	term := chatTerm{in: inR, out: out, err: &errb, interrupt: intr, replyStopped: func() { close(cancelled) }}
	// The reply's first bytes trigger the Ctrl-C; the writer then waits until
	// the chat has cancelled the reply, so the model cannot finish first.
	out.onFirstReply = func() {
		intr <- os.Interrupt
		<-cancelled
	}
	done := make(chan error, 1)
	go func() {
		// -c 512 -n -1: a full context would take 500 tokens; ignore nothing.
		done <- chatLoop(context.Background(), []string{"-m", model, "--quiet", "--temp", "1", "-s", "5", "-n", "-1"}, term)
	}()
	out.waitFor(t, "> ")
	_, err = inW.WriteString("hello there\n")
	require.NoError(t, err)
	// After the stopped reply, the prompt comes back...
	out.waitForCount(t, "> ", 2)
	assert.Contains(t, errb.String(), "(reply stopped)")
	// ... and a Ctrl-C there ends the chat though no line was typed.
	intr <- os.Interrupt
	require.NoError(t, <-done)
}

// syncBuffer is a bytes.Buffer safe for concurrent use.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// watchWriter records the chat's stdout and calls onFirstReply (once) from
// the first write after a prompt that is reply text.
type watchWriter struct {
	syncBuffer
	onFirstReply func()
	fired        bool
}

func newWatchWriter() *watchWriter { return &watchWriter{} }

func (w *watchWriter) Write(p []byte) (int, error) {
	n, err := w.syncBuffer.Write(p)
	s := string(p)
	if !w.fired && w.onFirstReply != nil && s != "> " && strings.TrimSpace(s) != "" {
		w.fired = true
		w.onFirstReply()
	}
	return n, err
}

func (w *watchWriter) waitFor(t *testing.T, s string) { w.waitForCount(t, s, 1) }

func (w *watchWriter) waitForCount(t *testing.T, s string, n int) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for strings.Count(w.String(), s) < n {
		if time.Now().After(deadline) {
			t.Fatalf("no %d x %q in the output after 30 s: %q", n, s, w.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// withChatTemplate copies the GGUF at src with tokenizer.chat_template set.
func withChatTemplate(t *testing.T, src, jinja string) string {
	t.Helper()
	in, err := gguf.Open(src)
	require.NoError(t, err)
	defer in.Close()
	w := gguf.NewWriter()
	w.SetFrom(in, nil)
	w.Set("tokenizer.chat_template", gguf.StringValue(jinja))
	for _, ti := range in.Tensors() {
		data, err := in.TensorData(ti.Name)
		require.NoError(t, err)
		require.NoError(t, w.AddTensor(ti.Name, ti.Type, ti.Dims, data))
	}
	path := filepath.Join(t.TempDir(), "templated.gguf")
	require.NoError(t, w.WriteFile(context.Background(), path))
	return path
}

// -chat-template's default is the template the file's tokenizer.chat_template
// names (it used to be "bitnet" whatever the file said).
func TestChatTemplateFromGGUF(t *testing.T) {
	model := tinyModelFile(t)
	llama3 := withChatTemplate(t, model, "{% for m in messages %}<|start_header_id|>{{ m['role'] }}<|end_header_id|>\n\n{{ m['content'] }}<|eot_id|>{% endfor %}")
	var mf modelFlags
	fs := newFlagSet("test", io.Discard, io.Discard, "")
	mf.register(fs)
	require.NoError(t, parseFlags(fs, []string{"-m", llama3, "-quiet"}))
	m, err := mf.load(context.Background(), io.Discard)
	require.NoError(t, err)
	defer m.Close()
	assert.Equal(t, "llama3", m.Info().ChatTemplate)
	// An explicit -chat-template wins.
	mf.template = "raw"
	m2, err := mf.load(context.Background(), io.Discard)
	require.NoError(t, err)
	defer m2.Close()
	assert.Equal(t, "raw", m2.Info().ChatTemplate)
}

func TestHeadAndPrecisionFlags(t *testing.T) {
	model := tinyModelFile(t)
	code, _, errOut := runCLI(t, "run", "-m", model, "-p", "hi", "-n", "2", "-head", "q6_k", "--temp", "0", "--ignore-eos", "--quiet")
	require.Equal(t, 0, code, errOut)
	code, _, errOut = runCLI(t, "run", "-m", model, "-p", "hi", "-n", "2", "-head", "q4")
	assert.Equal(t, 1, code)
	assert.Contains(t, errOut, "unknown output-head format")
	code, _, errOut = runCLI(t, "perplexity", "-m", model, "-f", model, "-window", "64", "-chunks", "1", "-head", "q8_0", "--quiet")
	require.Equal(t, 0, code, errOut)
	// -precision with a CPU that auto picked: said, not silently ignored.
	code, _, errOut = runCLI(t, "run", "-m", model, "-p", "hi", "-n", "1", "-precision", "fp16", "--temp", "0", "--quiet")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "warning: -precision fp16 is ignored: the model runs on cpu")
}
