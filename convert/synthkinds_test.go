package convert_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
)

// TestSyntheticKinds: every named synthetic checkpoint has a description
// and takes the seed; the small ones (at most 2 layers) are written and
// converted; an unknown name is refused with the list of names.
func TestSyntheticKinds(t *testing.T) {
	kinds := convert.SyntheticKinds()
	require.Contains(t, kinds, "gemma3")
	for _, k := range kinds {
		t.Run(k, func(t *testing.T) {
			require.NotEmpty(t, convert.SyntheticKindDoc(k))
			c, err := convert.SyntheticCheckpoint(k, 9)
			require.NoError(t, err)
			require.Equal(t, uint64(9), c.Seed)
			if c.Layers > 2 {
				t.Skipf("SKIP writing %s: %d layers, a benchmark-sized checkpoint", k, c.Layers)
			}
			dir := t.TempDir()
			require.NoError(t, convert.WriteCheckpoint(dir, c))
			_, err = convert.Convert(context.Background(), dir, filepath.Join(t.TempDir(), "m.gguf"), convert.Options{})
			require.NoError(t, err)
		})
	}
	_, err := convert.SyntheticCheckpoint("gemma9", 1)
	require.Error(t, err)
	require.True(t, strings.Contains(err.Error(), strings.Join(kinds, ", ")), err.Error())
}
