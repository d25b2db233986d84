//go:build unix

package bitnet_test

import (
	"context"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
)

// TestLoadRefusesFIFO: Load refuses a FIFO at once (it used to block in
// open until a writer appeared, deaf to SIGINT and SIGTERM).
func TestLoadRefusesFIFO(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "model.gguf")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	for _, mode := range []bitnet.LoadMode{bitnet.LoadRAM, bitnet.LoadMmap} {
		_, err := bitnet.Load(context.Background(), fifo, bitnet.WithDevice("cpu"), bitnet.WithLoadMode(mode))
		require.ErrorIs(t, err, gguf.ErrNotRegular)
		require.ErrorContains(t, err, "named pipe")
	}
}
