package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

// openPTY returns a pseudo-terminal pair: what is written to tty is read from
// pty.
func openPTY(t *testing.T) (pty, tty *os.File) {
	t.Helper()
	pty, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("SKIP: no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { pty.Close() })
	require.NoError(t, unix.IoctlSetPointerInt(int(pty.Fd()), unix.TIOCSPTLCK, 0))
	n, err := unix.IoctlGetInt(int(pty.Fd()), unix.TIOCGPTN)
	require.NoError(t, err)
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	require.NoError(t, err)
	t.Cleanup(func() { tty.Close() })
	// Raw output: no \n -> \r\n, so the bytes read are the bytes written.
	tio, err := unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS)
	require.NoError(t, err)
	tio.Oflag &^= unix.OPOST
	require.NoError(t, unix.IoctlSetTermios(int(tty.Fd()), unix.TCSETS, tio))
	return pty, tty
}

// hasControl reports a C0 control other than newline and tab.
func hasControl(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f }) >= 0
}

// Random weights emit control characters; on a terminal `bitnet run` shows
// them escaped (unless -raw), and in a pipe it writes them as they are.
func TestRunEscapesControlsOnTerminal(t *testing.T) {
	model := filepath.Join(t.TempDir(), "seed1.gguf")
	code, _, errOut := runCLI(t, "synth", "-seed", "1", "-o", model, "-quiet")
	require.Equal(t, 0, code, errOut)
	args := []string{"-m", model, "-p", "hello", "-n", "64", "--temp", "0", "--ignore-eos", "--quiet"}
	var piped bytes.Buffer
	require.NoError(t, runRun(context.Background(), args, &piped, io.Discard))
	require.True(t, hasControl(piped.String()), "this seed's output has no control character to test with: %q", piped.String())

	for _, raw := range []bool{false, true} {
		pty, tty := openPTY(t)
		got := make(chan string, 1)
		go func() {
			b, _ := io.ReadAll(pty) // ends with EIO once tty is closed
			got <- string(b)
		}()
		a := args
		if raw {
			a = append(a, "-raw")
		}
		require.NoError(t, runRun(context.Background(), a, tty, io.Discard))
		tty.Close()
		out := <-got
		if raw {
			assert.Equal(t, piped.String(), out)
			continue
		}
		assert.False(t, hasControl(out), "%q", out)
		assert.Contains(t, out, `\x`)
	}
}
