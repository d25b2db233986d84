package quant

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// testdata returns the bytes of a file under the repo's testdata/quant.
func testdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "quant", name))
	require.NoError(t, err)
	return b
}

func floatsFromBytes(b []byte) []float32 {
	out := make([]float32, len(b)/4)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}

// fnvFloats is FNV-1a 64 over the little-endian bits of x (how the golden
// hashes from the C reference were computed).
func fnvFloats(x []float32) uint64 {
	h := fnv.New64a()
	var b [4]byte
	for _, v := range x {
		binary.LittleEndian.PutUint32(b[:], math.Float32bits(v))
		h.Write(b[:])
	}
	return h.Sum64()
}

// requireSameBits compares float32 slices bit for bit (NaN-safe, -0 != +0).
func requireSameBits(t testing.TB, want, got []float32, msgAndArgs ...any) {
	t.Helper()
	require.Equal(t, len(want), len(got), msgAndArgs...)
	for i := range want {
		if math.Float32bits(want[i]) != math.Float32bits(got[i]) {
			require.Failf(t, "float bits differ", "index %d: want %g (%#08x), got %g (%#08x) %v",
				i, want[i], math.Float32bits(want[i]), got[i], math.Float32bits(got[i]), msgAndArgs)
		}
	}
}

// testShapes lists (rows, cols) pairs for a block size: odd and even row
// counts, one block and several.
func testShapes(block int) [][2]int {
	var s [][2]int
	for _, r := range []int{1, 2, 3, 5, 7, 16, 33} {
		for _, k := range []int{1, 2, 3, 5, 8} {
			s = append(s, [2]int{r, k * block})
		}
	}
	return s
}
