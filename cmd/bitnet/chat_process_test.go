package main

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// chatMainEnv makes the test binary run main() instead of the tests, so that
// a test can drive the real command, signals included, in a child process.
const chatMainEnv = "BITNET_TEST_RUN_MAIN"

func init() {
	if os.Getenv(chatMainEnv) == "1" {
		main()
	}
}

// Ctrl-C (SIGINT) at the chat prompt ends the process at once with status 0,
// although stdin stays open and no Enter is typed (it used to wait for a line).
func TestChatProcessInterruptAtPrompt(t *testing.T) {
	model := tinyModelFile(t)
	cmd := exec.Command(os.Args[0], "chat", "-m", model, "--quiet")
	cmd.Env = append(os.Environ(), chatMainEnv+"=1")
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var stderr syncBuffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	// Wait for the prompt.
	r := bufio.NewReader(stdout)
	prompt := make(chan error, 1)
	go func() {
		var got []byte
		for !strings.HasSuffix(string(got), "> ") {
			b, err := r.ReadByte()
			if err != nil {
				prompt <- err
				return
			}
			got = append(got, b)
		}
		prompt <- nil
	}()
	select {
	case err := <-prompt:
		require.NoError(t, err, stderr.String())
	case <-time.After(60 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("no prompt after 60 s: %s", stderr.String())
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		assert.NoError(t, err, "exit status; stderr: %s", stderr.String())
		assert.NotContains(t, stderr.String(), "interrupted")
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("the chat did not end within 30 s of SIGINT at the prompt: %s", stderr.String())
	}
}
