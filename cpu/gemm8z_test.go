//go:build amd64

package cpu

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGemm8ZMatchesY: the ZMM kernels (eight and four activation rows)
// give the YMM ones' sums exactly (row counts with every remainder of 4,
// K-slices, accumulation onto non-zero values, four-row activations that
// end where the fourth row's block does).
func TestGemm8ZMatchesY(t *testing.T) {
	if !hasVNNI() {
		t.Skip("SKIP: CPU lacks AVX512VNNI/BW/VL")
	}
	r := rand.New(rand.NewPCG(8, 8))
	for trial := 0; trial < 200; trial++ {
		rows := 1 + r.IntN(21)
		cols := 128 * (1 + r.IntN(30))
		rowBytes := cols / 4
		codes := randomCodes(r, rows, cols, 2)
		a := &acts{}
		a.resize(8, cols)
		copy(a.q, randomActs(r, 8*cols, trial%3))
		a.interleave()
		nb := cols / 128
		b0 := r.IntN(nb)
		b1 := b0 + 1 + r.IntN(nb-b0)
		ldt := rows + r.IntN(3)
		want := make([]int32, 8*ldt)
		for i := range want {
			want[i] = int32(r.IntN(1000) - 500)
		}
		got := append([]int32(nil), want...)
		gemm8VNNI(codes[b0*32:], rowBytes, rows, b1-b0, a.qi[b0*1024:], want, ldt)
		gemm8VNNIZ(codes[b0*32:], rowBytes, rows, b1-b0, a.qi[b0*1024:], got, ldt)
		require.Equal(t, want, got, "trial %d: %dx%d blocks [%d,%d)", trial, rows, cols, b0, b1)
		want4 := slices.Clone(want[:3*ldt+rows])
		got4 := slices.Clone(want4)
		gemm4VNNI(codes[b0*32:], rowBytes, rows, b1-b0, a.qi[b0*1024:b1*1024-512], want4, ldt)
		gemm4VNNIZ(codes[b0*32:], rowBytes, rows, b1-b0, a.qi[b0*1024:b1*1024-512], got4, ldt)
		require.Equal(t, want4, got4, "gemm4 trial %d: %dx%d blocks [%d,%d)", trial, rows, cols, b0, b1)
	}
}
