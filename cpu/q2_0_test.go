package cpu

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// randomQ2 returns rows x cols of Q2_0 data in groups of group with random
// codes (code 3, +2, included: llama.cpp computes it, so the kernels must)
// and random F16 scales.
func randomQ2(r *rand.Rand, rows, cols, group int) []byte {
	bb := 2 + group/4
	out := make([]byte, rows*cols/group*bb)
	for b := 0; b < len(out)/bb; b++ {
		binary.LittleEndian.PutUint16(out[b*bb:], quant.F32ToF16(float32(r.Float64()*0.1+1e-3)))
		for j := 2; j < bb; j++ {
			out[b*bb+j] = byte(r.Uint32())
		}
	}
	return out
}

// q2Kernels lists the Q2_0 kernels this CPU runs: the reference, the Go
// twin and, with AVX2, the assembly.
func q2Kernels() []q2Kernel {
	ks := []q2Kernel{q2KernelFor(KernelsRef), q2KernelFor(KernelsGo)}
	if f := q2DotSIMD(); f != nil {
		ks = append(ks, q2Kernel{name: "q2_0-avx2", fused: f})
	}
	return ks
}

// TestQ2Dot: on random weights (every code, both group sizes) and random
// activations of odd lengths and magnitudes, every Q2_0 kernel equals
// q2DotRef bit for bit, and the reference equals a float64 evaluation of
// llama.cpp's formula (the dequantized weights times the dequantized Q8_0
// activations) to float32 rounding; against the unquantized activations it
// differs by the Q8_0 rounding only.
func TestQ2Dot(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, group := range []int{quant.Q2Group, quant.Q2Group128} {
		for _, cols := range []int{group, 2 * group, 3 * group, 11 * group, 40 * group} {
			const rows, n = 7, 3
			w := randomQ2(r, rows, cols, group)
			x := make([]float32, n*cols)
			for i := range x {
				x[i] = float32(r.NormFloat64() * math.Pow(10, float64(i%5-2)))
			}
			var a q8Acts
			a.resize(n, cols)
			for i := range n {
				a.quantizeRow(i, x[i*cols:(i+1)*cols])
			}
			deq := make([]float32, rows*cols)
			require.NoError(t, quant.DequantizeQ2_0Group(w, rows, cols, group, deq))
			rb := q2RowBytes(cols, group)
			worstQ8, worstX := 0.0, 0.0
			for row := range rows {
				for i := range n {
					ref := q2DotRef(w[row*rb:(row+1)*rb], group, &a, i)
					var scratch []int32
					for _, k := range q2Kernels()[1:] {
						got := k.dot(w[row*rb:(row+1)*rb], group, &a, i, &scratch)
						require.Equal(t, math.Float32bits(ref), math.Float32bits(got), "%s: group %d cols %d row %d act %d", k.name, group, cols, row, i)
					}
					var s, sx, mag float64
					for c := range cols {
						wv := float64(deq[row*cols+c])
						q := float64(a.qs[i*cols+c]) * float64(a.d[(i*cols+c)/32])
						s += wv * q
						sx += wv * float64(x[i*cols+c])
						mag += math.Abs(wv * float64(x[i*cols+c]))
					}
					worstQ8 = max(worstQ8, math.Abs(float64(ref)-s)/mag)
					worstX = max(worstX, math.Abs(float64(ref)-sx)/mag)
				}
			}
			// float32 sums of cols/32 terms: about an ulp of the magnitude (measured 3e-8 at most).
			assert.Less(t, worstQ8, 1e-7, "group %d cols %d", group, cols)
			// Q8_0 keeps each activation within half a step of 1/127 of its block's maximum.
			assert.Less(t, worstX, 2e-2, "group %d cols %d", group, cols)
			t.Logf("group %d, cols %d: |ref-float64| / Σ|w·x| %.2g against the Q8_0 activations, %.2g against the float activations", group, cols, worstQ8, worstX)
		}
	}
}

// TestQ2Matrix: a Q2_0 linear layer runs through the engine's matmul path
// (q2Kernel over a row range, several activation rows, an output stride)
// and gives q2DotRef per element, for both kernel sets' kernels.
func TestQ2Matrix(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	const rows, cols, n = 37, 192, 5
	for _, typ := range []gguf.Type{gguf.TypeQ2_0, gguf.TypeQ2_0G128} {
		g := q2Group(typ)
		c := cols
		if c%g != 0 {
			c = 2 * g
		}
		data := randomQ2(r, rows, c, g)
		m, err := newTernaryMatrix(model.Linear{Name: "w", Type: typ, In: c, Out: rows, Data: data, Scale: 1})
		require.NoError(t, err)
		require.Equal(t, g, m.q2Group)
		var a acts
		a.resize(n, c)
		a.q8.resize(n, c)
		for i := range n {
			x := make([]float32, c)
			for j := range x {
				x[j] = float32(r.NormFloat64())
			}
			a.q8.quantizeRow(i, x)
		}
		rb := q2RowBytes(c, g)
		for _, k := range q2Kernels() {
			set := k.name
			require.NoError(t, k.prepare(m))
			out := make([]float32, n*(rows+3))
			k.run(m, &a, 5, rows, out, rows+3, &partScratch{})
			for i := range n {
				for row := range rows {
					want := float32(0)
					if row >= 5 {
						want = q2DotRef(data[row*rb:(row+1)*rb], g, &a.q8, i)
					}
					assert.Equal(t, want, out[i*(rows+3)+row], "%s %s row %d act %d", typ, set, row, i)
				}
			}
		}
	}
	_, err := newTernaryMatrix(model.Linear{Name: "w", Type: gguf.TypeQ2_0G128, In: 64, Out: 1, Data: make([]byte, 18)})
	assert.ErrorContains(t, err, "multiple of Q2_0_G128's group 128")
	_, err = newTernaryMatrix(model.Linear{Name: "w", Type: gguf.TypeQ2_0, In: 128, Out: 2, Data: make([]byte, 36)})
	assert.ErrorContains(t, err, "want 72")
}

// TestQ2Embedding: a Q2_0 token_embd row is dequantized ((code-1)*d), and
// a Q2_0 head computes the Q8_0 dot product of llama.cpp per vocabulary row.
func TestQ2Embedding(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	const rows, dim = 9, 256
	for _, typ := range []gguf.Type{gguf.TypeQ2_0, gguf.TypeQ2_0G128} {
		g := q2Group(typ)
		data := randomQ2(r, rows, dim, g)
		m, err := newEmbedMatrix(model.Embedding{Name: "e", Type: typ, Dim: dim, Rows: rows, Data: data})
		require.NoError(t, err)
		want := make([]float32, rows*dim)
		require.NoError(t, quant.DequantizeQ2_0Group(data, rows, dim, g, want))
		got := make([]float32, dim)
		require.NoError(t, m.row(4, got))
		assert.Equal(t, want[4*dim:5*dim], got)

		h := make([]float32, 2*dim)
		for i := range h {
			h[i] = float32(r.NormFloat64())
		}
		sets := []headKernels{refKernels().head, goKernels().head}
		if hasAVX2() {
			sets = append(sets, avx2Kernels().head)
		}
		for _, hk := range sets {
			task := headTask{m: m, k: &hk, h: h, nOut: 2, out: make([]float32, 2*rows), blkBuf: make([][256]float32, 2)}
			task.prepare()
			task.run(1, 0, rows)
			var a q8Acts
			a.resize(2, dim)
			a.quantizeRow(0, h[:dim])
			a.quantizeRow(1, h[dim:])
			for o := range 2 {
				for v := range rows {
					assert.Equal(t, q2DotRef(data[v*m.rowB:(v+1)*m.rowB], g, &a, o), task.out[o*rows+v])
				}
			}
		}
	}
}

// BenchmarkQ2Dot: one activation row against a 2048x2048 Q2_0 matrix.
func BenchmarkQ2Dot(b *testing.B) {
	r := rand.New(rand.NewPCG(17, 18))
	const rows, cols = 2048, 2048
	for _, k := range q2Kernels() {
		b.Run(k.name, func(b *testing.B) {
			w := randomQ2(r, rows, cols, quant.Q2Group)
			var a acts
			a.q8.resize(1, cols)
			x := make([]float32, cols)
			for i := range x {
				x[i] = float32(r.NormFloat64())
			}
			a.q8.quantizeRow(0, x)
			m := &ternaryMatrix{rows: rows, cols: cols, q2: w, q2Group: quant.Q2Group, outScale: 1}
			out := make([]float32, rows)
			b.SetBytes(int64(len(w)))
			sc := &partScratch{}
			for b.Loop() {
				k.run(m, &a, 0, rows, out, rows, sc)
			}
		})
	}
}

// TestQ2DotSteps: every kernel equals q2DotRef bit for bit for 1 to 9
// groups of either size (the assembly's step loop, with and without the last
// 64-value group it leaves to Go) on random codes and extreme quants.
func TestQ2DotSteps(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 20))
	for _, group := range []int{quant.Q2Group, quant.Q2Group128} {
		for groups := 1; groups <= 9; groups++ {
			cols := groups * group
			w := randomQ2(r, 1, cols, group)
			x := make([]float32, cols)
			for i := range x {
				x[i] = float32(r.NormFloat64())
			}
			x[0], x[33] = 1e3, -1e3 // quants of ±127
			var a q8Acts
			a.resize(1, cols)
			a.quantizeRow(0, x)
			want := q2DotRef(w, group, &a, 0)
			var scratch []int32
			for _, k := range q2Kernels()[1:] {
				got := k.dot(w, group, &a, 0, &scratch)
				require.Equal(t, math.Float32bits(want), math.Float32bits(got), "%s: group %d, %d groups", k.name, group, groups)
			}
		}
	}
}
