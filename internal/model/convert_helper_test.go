package model_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// convertedModel writes the synthetic checkpoint c, converts it to typ (0:
// the converter's default) and loads it; the file stays open for the test.
func convertedModel(t *testing.T, c convert.CheckpointConfig, typ gguf.Type) (*gguf.File, *model.Model) {
	t.Helper()
	dir := t.TempDir()
	require.NoError(t, convert.WriteCheckpoint(dir, c))
	out := filepath.Join(t.TempDir(), "m.gguf")
	_, err := convert.Convert(context.Background(), dir, out, convert.Options{Type: typ})
	require.NoError(t, err)
	f, err := gguf.Open(out)
	require.NoError(t, err)
	t.Cleanup(func() { f.Close() })
	m, err := model.FromGGUF(f, model.Options{})
	require.NoError(t, err)
	return f, m
}
