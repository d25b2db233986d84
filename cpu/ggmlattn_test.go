package cpu

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// The ggml emulations are checked bit for bit against bitnet.cpp by the
// fixture tests; these tests pin down their arithmetic properties, so that a
// broken lane order or reduction shows up here with a clear message too.

// TestGGMLExp: both of ggml's vector expf variants are within 2 ulp of exp
// over the softmax range (x <= 0), including the rescaled range |n| > 126,
// and flush to 0 below -192*ln2.
func TestGGMLExp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		x := -r.Float32() * 140
		want := math.Exp(float64(x))
		for name, f := range map[string]func(float32) float32{"avx512": expGGML, "avx2": expGGMLAVX2} {
			got := float64(f(x))
			if want < 0x1p-126 { // subnormal results: absolute error of a few subnormal ulps
				require.InDeltaf(t, want, got, 4*0x1p-149, "%s(%g)", name, x)
				continue
			}
			require.InEpsilonf(t, want, got, 2.5e-7, "%s(%g)", name, x)
		}
	}
	for _, f := range []func(float32) float32{expGGML, expGGMLAVX2} {
		require.Equal(t, float32(1), f(0))
		require.Equal(t, float32(0), f(-200))
		require.Equal(t, float32(0), f(float32(math.Inf(-1))))
	}
}

// TestGGMLDotF16: with values whose sums are exact in float32 (small
// integers), every lane order gives the exact dot product; with general
// values the result is within float32 rounding of the float64 sum.
func TestGGMLDotF16(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for _, g := range []ggmlVec{ggmlAVX512, ggmlAVX2} {
		for _, n := range []int{1, 31, 32, 64, 80, 128, 200} {
			x, y := make([]float32, n), make([]float32, n)
			var exact int64
			for i := range x {
				a, b := r.IntN(64)-32, r.IntN(64)-32
				x[i], y[i] = float32(a), float32(b)
				exact += int64(a * b)
			}
			require.Equal(t, float32(exact), g.dotF16(x, y), "lanes %d n %d", g.lanes, n)
			var sum float64
			for i := range x {
				x[i], y[i] = round16(r.Float32()-0.5), round16(r.Float32()-0.5)
				sum += float64(x[i]) * float64(y[i])
			}
			require.InDelta(t, sum, float64(g.dotF16(x, y)), 1e-5, "lanes %d n %d", g.lanes, n)
		}
	}
}

// TestGGMLAttentionProducts: the tinyBLAS and vec_dot accumulations of the
// probability-weighted values sum every position exactly once (checked with
// integer-valued inputs, where any order is exact), whatever n_kv tail split
// the position implies.
func TestGGMLAttentionProducts(t *testing.T) {
	const hd = 4
	for _, g := range []ggmlVec{ggmlAVX512, ggmlAVX2} {
		for _, pos := range []int{0, 7, 31, 32, 63, 64, 95, 200, 300} {
			v := make([][]float32, pos+1)
			want := make([]float64, hd)
			for j := range v {
				v[j] = make([]float32, hd)
				for c := range v[j] {
					v[j][c] = float32((j*7+c*3)%11 - 5)
					want[c] += float64(v[j][c]) * float64(j%3)
				}
			}
			acc := make([]float32, g.step()*hd)
			for j := range v {
				g.sgemmAcc(acc, j, float32(j%3), v[j])
			}
			out := make([]float32, hd)
			g.sgemmFinish(acc, out)
			for c := range out {
				require.Equal(t, float32(want[c]), out[c], "sgemm lanes %d pos %d col %d", g.lanes, pos, c)
			}
			clear(acc)
			np := min(nKVGGML(pos)&^(g.step()-1), pos+1)
			for j := 0; j < np; j++ {
				g.vecDotAcc(acc, j, float32(j%3), v[j])
			}
			sums := make([]float64, hd)
			g.vecDotReduce(acc, sums)
			for j := np; j <= pos; j++ {
				vecDotTail(sums, float32(j%3), v[j])
			}
			for c := range sums {
				require.Equal(t, want[c], sums[c], "vec_dot lanes %d pos %d col %d", g.lanes, pos, c)
			}
		}
	}
	require.Equal(t, 32, nKVGGML(0))
	require.Equal(t, 32, nKVGGML(31))
	require.Equal(t, 64, nKVGGML(32))
}
