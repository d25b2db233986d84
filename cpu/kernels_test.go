package cpu

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/quant"
)

// kernelSetCase is a kernel set under test; skip says why it cannot run here.
type kernelSetCase struct {
	name string
	k    kernels
	skip string
}

// fastKernelSets returns every non-reference kernel set, each with the
// reason it cannot run on this CPU (if it cannot).
func fastKernelSets() []kernelSetCase {
	out := []kernelSetCase{{name: KernelsGo, k: goKernels()}}
	if hasAVX2() {
		out = append(out, kernelSetCase{name: KernelsAVX2, k: avx2Kernels()})
	} else {
		out = append(out, kernelSetCase{name: KernelsAVX2, skip: "SKIP: CPU lacks AVX2/FMA/F16C"})
	}
	if hasVNNI() {
		out = append(out, kernelSetCase{name: KernelsAVX512VNNI, k: vnniKernels()})
	} else {
		out = append(out, kernelSetCase{name: KernelsAVX512VNNI, skip: "SKIP: CPU lacks AVX512VNNI/BW/VL"})
	}
	return out
}

// forEachSet runs f for each fast kernel set as a subtest.
func forEachSet(t *testing.T, f func(t *testing.T, k kernels)) {
	for _, c := range fastKernelSets() {
		t.Run(c.name, func(t *testing.T) {
			if c.skip != "" {
				t.Skip(c.skip)
			}
			f(t, c.k)
		})
	}
}

// randomCodes fills a rows x cols I2_S matrix with codes 0..maxCode.
func randomCodes(r *rand.Rand, rows, cols int, maxCode int) []byte {
	b := make([]byte, rows*cols/4)
	for i := range b {
		b[i] = byte(r.IntN(maxCode+1)<<6 | r.IntN(maxCode+1)<<4 | r.IntN(maxCode+1)<<2 | r.IntN(maxCode+1))
	}
	return b
}

// randomActs returns n int8 values; mode 1 is all -128 and mode 2 all 127
// (the extreme sums), otherwise uniform over the whole int8 range.
func randomActs(r *rand.Rand, n, mode int) []int8 {
	q := make([]int8, n)
	for i := range q {
		switch mode {
		case 1:
			q[i] = -128
		case 2:
			q[i] = 127
		default:
			q[i] = int8(r.IntN(256) - 128)
		}
	}
	return q
}

func TestGemvMatchesReference(t *testing.T) {
	forEachSet(t, func(t *testing.T, k kernels) {
		mad := k.tern.(madKernel)
		r := rand.New(rand.NewPCG(1, 1))
		for trial := 0; trial < 200; trial++ {
			rows := 1 + r.IntN(40)
			cols := 128 * (1 + r.IntN(60))
			if trial < 4 {
				cols = []int{2560, 6912, 128, 4096}[trial]
			}
			// Codes 3 are never passed by the engine (fixed at load) but the
			// GEMV still multiplies them exactly.
			codes := randomCodes(r, rows, cols, []int{2, 3}[trial%2])
			if trial%7 == 3 {
				for i := range codes {
					codes[i] = 0xaa // every code 2: the largest sums
				}
			}
			q := randomActs(r, cols, trial%3)
			want := make([]int32, rows)
			gemvRef(codes, cols/4, q, want)
			got := make([]int32, rows)
			mad.gemv(codes, cols/4, q, got)
			require.Equal(t, want, got, "trial %d: %dx%d", trial, rows, cols)
		}
	})
}

func TestGemm8MatchesReference(t *testing.T) {
	forEachSet(t, func(t *testing.T, k kernels) {
		mad := k.tern.(madKernel)
		require.NotNil(t, mad.gemm8)
		r := rand.New(rand.NewPCG(2, 2))
		for trial := 0; trial < 100; trial++ {
			rows := 1 + r.IntN(20)
			cols := 128 * (1 + r.IntN(40))
			rowBytes := cols / 4
			codes := randomCodes(r, rows, cols, 2)
			if trial%5 == 1 {
				for i := range codes {
					codes[i] = 0xaa
				}
			}
			a := &acts{}
			a.resize(8, cols)
			copy(a.q, randomActs(r, 8*cols, trial%3))
			a.interleave()
			// A K-slice [b0, b1) of the rows, accumulated onto a non-zero start.
			nb := cols / 128
			b0 := r.IntN(nb)
			b1 := b0 + 1 + r.IntN(nb-b0)
			ldt := rows + r.IntN(3)
			acc := make([]int32, 8*ldt)
			want := make([]int32, 8*ldt)
			for i := range acc {
				acc[i] = int32(r.IntN(1000) - 500)
				want[i] = acc[i]
			}
			for row := 0; row < rows; row++ {
				w := codes[row*rowBytes+b0*32 : row*rowBytes+b1*32]
				for tk := 0; tk < 8; tk++ {
					want[tk*ldt+row] += dotI2S(w, a.q[tk*cols+b0*128:tk*cols+b1*128])
				}
			}
			acc4 := slices.Clone(acc[:4*ldt])
			mad.gemm8(codes[b0*32:], rowBytes, rows, b1-b0, a.qi[b0*1024:], acc, ldt)
			require.Equal(t, want, acc, "trial %d: %dx%d blocks [%d,%d)", trial, rows, cols, b0, b1)
			if mad.gemm4 != nil { // the first four rows alone, into a buffer of exactly four
				mad.gemm4(codes[b0*32:], rowBytes, rows, b1-b0, a.qi[b0*1024:b1*1024-512], acc4[:3*ldt+rows], ldt)
				require.Equal(t, want[:3*ldt+rows], acc4[:3*ldt+rows], "gemm4 trial %d: %dx%d blocks [%d,%d)", trial, rows, cols, b0, b1)
			}
		}
	})
}

// TestMatmulKernelsMatchReference runs whole matrix products (row ranges,
// batches that take the gemv and the tiled gemm paths, lookup tables) and
// requires the float outputs to equal the reference kernel's bit for bit:
// the integer parts are exact and the float finish is shared.
func TestMatmulKernelsMatchReference(t *testing.T) {
	ref := refKernels().tern
	check := func(t *testing.T, kern ternaryKernel) {
		r := rand.New(rand.NewPCG(3, 3))
		for trial := 0; trial < 60; trial++ {
			rows := 1 + r.IntN(80)
			cols := 128 * (1 + r.IntN(30))
			n := 1 + r.IntN(20)
			m := &ternaryMatrix{name: "t", rows: rows, cols: cols, scale: 0.01 + r.Float32(), outScale: 1,
				codes: randomCodes(r, rows, cols, 2)}
			if trial%3 == 0 {
				m.outScale = 1.5
			}
			require.NoError(t, kern.prepare(m))
			a := &acts{}
			a.resize(n, cols)
			x := make([]float32, cols)
			for i := 0; i < n; i++ {
				for j := range x {
					x[j] = float32(r.NormFloat64())
				}
				a.scale[i], a.sum[i] = quant.QuantizeActivations(x, a.q[i*cols:(i+1)*cols])
			}
			lo := r.IntN(rows)
			hi := lo + 1 + r.IntN(rows-lo)
			want := make([]float32, n*rows)
			got := make([]float32, n*rows)
			var sc partScratch
			ref.prepareActs(a)
			ref.run(m, a, lo, hi, want, rows, &sc)
			kern.prepareActs(a)
			kern.run(m, a, lo, hi, got, rows, &sc)
			require.Equal(t, want, got, "trial %d: %dx%d, %d rows, range [%d,%d)", trial, rows, cols, n, lo, hi)
		}
	}
	forEachSet(t, func(t *testing.T, k kernels) {
		t.Run("mad", func(t *testing.T) { check(t, k.tern) })
		t.Run("lut", func(t *testing.T) { check(t, k.lut) })
	})
}

func TestLUTGemvMatchesReference(t *testing.T) {
	forEachSet(t, func(t *testing.T, k kernels) {
		lut := k.lut.(lutKernel)
		r := rand.New(rand.NewPCG(4, 4))
		for trial := 0; trial < 100; trial++ {
			rows := 1 + r.IntN(70)
			cols := 128 * (1 + r.IntN(40))
			codes := randomCodes(r, rows, cols, 2)
			q := randomActs(r, cols, trial%3)
			packed := packLUT(codes, rows, cols)
			tbl := make([]byte, cols/8*128)
			buildLUT(q, tbl)
			groups := (rows + 15) / 16
			got := make([]int32, groups*16)
			lut.gemv(packed, cols/8, tbl, got)
			var qsum int32
			for _, v := range q {
				qsum += int32(v)
			}
			for row := 0; row < groups*16; row++ {
				want := int32(0)
				if row < rows {
					want = dotI2S(codes[row*cols/4:(row+1)*cols/4], q) - qsum
				}
				require.Equal(t, want, got[row], "trial %d: %dx%d row %d", trial, rows, cols, row)
			}
		}
	})
}

// quantInputs are activation rows that exercise the quantizer's edge cases.
func quantInputs(r *rand.Rand) [][]float32 {
	var rows [][]float32
	for _, n := range []int{1, 7, 31, 32, 33, 64, 100, 128, 2560, 6912, 4097} {
		x := make([]float32, n)
		for i := range x {
			x[i] = float32(r.NormFloat64() * math.Pow(10, float64(r.IntN(9)-4)))
		}
		rows = append(rows, x)
	}
	tiny := make([]float32, 96)
	for i := range tiny {
		tiny[i] = float32(r.NormFloat64()) * 1e-7 // below the 1e-5 floor of max|x|
	}
	halves := make([]float32, 64)
	for i := range halves {
		halves[i] = float32(i%9-4) + 0.5 // exact ties once scaled (max 4.5 -> s = 127/4.5)
	}
	zeros := make([]float32, 64)
	neg := make([]float32, 64)
	for i := range neg {
		neg[i] = float32(math.Copysign(0, -1))
		if i%5 == 0 {
			neg[i] = -3e-39 // denormal
		}
	}
	special := make([]float32, 64)
	for i := range special {
		special[i] = float32(r.NormFloat64())
	}
	inf := append([]float32(nil), special...)
	inf[40] = float32(math.Inf(1))
	nan := append([]float32(nil), special...)
	nan[3] = float32(math.NaN())
	nanTail := append(append([]float32(nil), special...), float32(math.NaN()))
	return append(rows, tiny, halves, zeros, neg, inf, nan, nanTail)
}

func TestQuantizeMatchesReference(t *testing.T) {
	forEachSet(t, func(t *testing.T, k kernels) {
		r := rand.New(rand.NewPCG(5, 5))
		for i, x := range quantInputs(r) {
			want := make([]int8, len(x))
			got := make([]int8, len(x))
			ws, wsum := quant.QuantizeActivations(x, want)
			gs, gsum := k.quantize(x, got)
			require.Equal(t, math.Float32bits(ws), math.Float32bits(gs), "row %d: scale", i)
			require.Equal(t, wsum, gsum, "row %d: sum", i)
			require.Equal(t, want, got, "row %d", i)
		}
	})
}

// relTo returns |a-b| / scale (scale > 0).
func relTo(a, b, scale float64) float64 { return math.Abs(a-b) / scale }

func TestHeadKernelsMatchReference(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	forEachSet(t, func(t *testing.T, k kernels) {
		for trial := 0; trial < 40; trial++ {
			dim := 256 * (1 + r.IntN(12))
			if trial == 0 {
				dim = 2560
			}
			x := make([]float32, dim)
			w := make([]float32, dim)
			var absSum float64
			for i := range x {
				x[i] = float32(r.NormFloat64())
				w[i] = float32(r.NormFloat64() * 0.02)
			}
			f16 := quant.EncodeF16(w)
			for i := range w {
				w[i] = quant.F16ToF32(binary.LittleEndian.Uint16(f16[2*i:]))
				absSum += math.Abs(float64(w[i]) * float64(x[i]))
			}
			want := headF16Go(f16, x)
			got := k.head.f16(f16, x)
			assert.LessOrEqual(t, relTo(got, want, absSum), 1e-6, "F16 dim %d", dim)

			x16 := make([]int16, dim)
			xs := quantizeHead(x, x16)
			require.Greater(t, xs, float32(0))
			q8, err := quant.QuantizeQ8_0(w)
			require.NoError(t, err)
			q6, err := quant.QuantizeQ6K(w)
			require.NoError(t, err)
			for _, c := range []struct {
				name      string
				data      []byte
				ref, fast func([]byte, []int16) float64
				deq       func([]byte, []float32) error
			}{
				{"Q8_0", q8, headQ8Go, k.head.q8, quant.DequantizeQ8_0},
				{"Q6_K", q6, headQ6KGo, k.head.q6k, quant.DequantizeQ6K},
			} {
				deq := make([]float32, dim)
				require.NoError(t, c.deq(c.data, deq))
				var scale float64
				for i := range deq {
					scale += math.Abs(float64(deq[i]) * float64(x16[i]))
				}
				want := c.ref(c.data, x16)
				got := c.fast(c.data, x16)
				assert.LessOrEqual(t, relTo(got, want, scale), 1e-6, "%s dim %d", c.name, dim)
				// And the integer-activation head is the dequantized row · x
				// up to the int16 rounding of x.
				var exact float64
				for i := range deq {
					exact += float64(deq[i]) * float64(x[i])
				}
				assert.LessOrEqual(t, relTo(want/float64(xs), exact, scale/float64(xs)), 1e-4, "%s dim %d vs dequantized", c.name, dim)
			}
		}
	})
}

// TestHeadQ6KWorstCase: the largest int32 lane sums of the Q6_K kernel
// (every scale -128, every q 0, every x at the clamp) must not wrap.
func TestHeadQ6KWorstCase(t *testing.T) {
	forEachSet(t, func(t *testing.T, k kernels) {
		blk := make([]byte, 210*2)
		for b := 0; b < 2; b++ {
			for i := 192; i < 208; i++ {
				blk[b*210+i] = 0x80 // scale -128
			}
			binary.LittleEndian.PutUint16(blk[b*210+208:], quant.F32ToF16(1))
		}
		x := make([]int16, 512)
		for i := range x {
			x[i] = -headX16Max
		}
		want := headQ6KGo(blk, x)
		require.Equal(t, float64(2*256*(-128)*(-32)*(-headX16Max)), want)
		assert.InDelta(t, want, k.head.q6k(blk, x), math.Abs(want)*1e-6)
	})
}

// TestFloatKernelsMatchReference: the exact-mode float kernels give the
// scalar code's results bit for bit.
func TestFloatKernelsMatchReference(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	forEachSet(t, func(t *testing.T, k kernels) {
		for trial := 0; trial < 50; trial++ {
			n := 1 + r.IntN(7000)
			x := make([]float32, n)
			w := make([]float32, n)
			for i := range x {
				x[i] = float32(r.NormFloat64() * 3)
				w[i] = float32(1 + 0.1*r.NormFloat64())
			}
			want := make([]float32, n)
			got := make([]float32, n)
			rmsNormExact(want, x, w, 1e-5)
			k.fl.rmsNorm(got, x, w, 1e-5)
			require.Equal(t, want, got, "rmsNorm n=%d", n)

			hd := []int{64, 128, 96, 40, 256, 6}[trial%6]
			npos := 1 + r.IntN(300)
			stride := hd * (1 + r.IntN(3))
			q := make([]float64, hd)
			K := make([]float32, npos*stride)
			for i := range q {
				q[i] = float64(float32(r.NormFloat64()))
			}
			for i := range K {
				K[i] = float32(r.NormFloat64())
			}
			ws := make([]float64, npos)
			gs := make([]float64, npos)
			scoresGo(q, K, stride, ws)
			k.fl.scores(q, K, stride, gs)
			require.Equal(t, ws, gs, "scores hd=%d npos=%d", hd, npos)
			p := make([]float64, npos)
			for j := range p {
				p[j] = r.Float64() / float64(npos)
			}
			wa := make([]float64, hd)
			ga := make([]float64, hd)
			for c := range wa {
				wa[c] = r.NormFloat64()
				ga[c] = wa[c]
			}
			wsumGo(p, K, stride, wa)
			k.fl.wsum(p, K, stride, ga)
			require.Equal(t, wa, ga, "wsum hd=%d npos=%d", hd, npos)

			xs := make([]float64, npos)
			for j := range xs {
				xs[j] = -r.Float64() * []float64{1, 30, 800}[trial%3]
			}
			if trial%5 == 0 {
				xs[0], xs[len(xs)-1] = math.NaN(), math.Inf(-1)
			}
			{ // every set has relu2
				m := r.IntN(100)
				g, up := make([]float32, m), make([]float32, m)
				for i := range g {
					g[i], up[i] = float32(r.NormFloat64()*4), float32(r.NormFloat64()*4)
				}
				if m > 3 && trial%4 == 0 {
					g[0], g[1], g[2], up[3] = float32(math.NaN()), float32(math.Copysign(0, -1)), float32(math.Inf(1)), float32(math.Inf(-1))
				}
				want, got := slices.Clone(g), slices.Clone(g)
				relu2Go(want, up)
				k.fl.relu2(got, up)
				for i := range want {
					if math.IsNaN(float64(want[i])) {
						require.True(t, math.IsNaN(float64(got[i])), "relu2(%v)*%v", g[i], up[i])
						continue
					}
					require.Equal(t, math.Float32bits(want[i]), math.Float32bits(got[i]), "relu2(%v)*%v", g[i], up[i])
				}
			}

			s4 := make([]float64, 4*npos)
			for i := range s4 {
				s4[i] = r.NormFloat64() * 50
			}
			switch trial % 6 {
			case 1:
				s4[4*r.IntN(npos)+1] = math.NaN()
			case 2:
				for i := 2; i < len(s4); i += 4 {
					s4[i] = []float64{0, math.Copysign(0, -1)}[r.IntN(2)] // a lane of zeros of either sign
				}
			case 3:
				s4[0] = math.Inf(-1)
			}
			ws4, gs4 := slices.Clone(s4), slices.Clone(s4)
			scale := 1 / math.Sqrt(float64(hd))
			wmx, gmx := scaleMax4Go(ws4, scale), k.fl.scaleMax4(gs4, scale)
			for i := range ws4 {
				require.Equal(t, math.Float64bits(ws4[i]), math.Float64bits(gs4[i]), "scaleMax4 product %d of %d", i, len(ws4))
			}
			for l := range wmx {
				if math.IsNaN(wmx[l]) {
					require.True(t, math.IsNaN(gmx[l]), "scaleMax4 lane %d: %v, want NaN", l, gmx[l])
					continue
				}
				require.Equal(t, wmx[l], gmx[l], "scaleMax4 lane %d (a zero's sign may differ)", l)
			}

			we, ge := make([]float64, npos), make([]float64, npos)
			expGo(we, xs)
			k.fl.exp(ge, xs)
			for j := range we {
				require.Equal(t, math.Float64bits(we[j]), math.Float64bits(ge[j]), "exp(%v)", xs[j])
			}
		}
	})
}

// TestFinishMatchesReference: the vector finish gives the scalar one's floats.
func TestFinishMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	forEachSet(t, func(t *testing.T, k kernels) {
		fin := k.tern.(madKernel).finish
		for trial := 0; trial < 50; trial++ {
			n := r.IntN(100)
			acc := make([]int32, n)
			for i := range acc {
				acc[i] = int32(r.IntN(1<<21) - 1<<20)
			}
			asum := int32(r.IntN(20000) - 10000)
			s, w, o := float32(127/(0.1+r.Float64()*10)), r.Float32(), []float32{1, 1.5}[trial%2]
			want := make([]float32, n)
			got := make([]float32, n)
			finishGo(acc, asum, s, w, o, want)
			fin(acc, asum, s, w, o, got)
			require.Equal(t, want, got)
			for i, v := range acc {
				y := finish(v, asum, s, w)
				if o != 1 {
					y *= o
				}
				require.Equal(t, y, want[i])
			}
		}
	})
}

func TestKernelSelection(t *testing.T) {
	for _, name := range KernelSets() {
		k, err := selectKernels(name)
		require.NoError(t, err, name)
		require.NotNil(t, k.tern, name)
		require.NotNil(t, k.mad, name)
	}
	_, err := selectKernels("nope")
	require.Error(t, err)
	if !hasVNNI() {
		_, err := selectKernels(KernelsAVX512VNNI)
		require.ErrorIs(t, err, ErrKernelUnsupported)
	}
	k, err := selectKernels(KernelsAuto)
	require.NoError(t, err)
	switch {
	case hasVNNI() && zmmVNNIFullWidth():
		assert.Equal(t, "i2s-avx512vnni-zmm", k.tern.kname())
	case hasVNNI():
		assert.Equal(t, "i2s-avx512vnni", k.tern.kname())
	case hasAVX2():
		assert.Equal(t, "i2s-avx2", k.tern.kname())
	default:
		assert.Equal(t, "i2s-go", k.tern.kname())
	}
}

// TestKnownAnswer: the load-time check accepts every working set's integer
// kernels and rejects a kernel that is off by one anywhere.
func TestKnownAnswer(t *testing.T) {
	require.NoError(t, knownAnswer(goKernels().tern.(madKernel)))
	forEachSet(t, func(t *testing.T, k kernels) {
		require.NoError(t, knownAnswer(k.tern.(madKernel)))
	})
	good := goKernels().tern.(madKernel)
	badGemv := good
	badGemv.gemv = func(w []byte, rowBytes int, q []int8, acc []int32) {
		good.gemv(w, rowBytes, q, acc)
		acc[len(acc)-1]++
	}
	require.ErrorContains(t, knownAnswer(badGemv), "gemv")
	badGemm := good
	badGemm.gemm8 = func(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
		good.gemm8(w, rowBytes, nrows, nblk, qi, acc, ldt)
		acc[7*ldt]--
	}
	require.ErrorContains(t, knownAnswer(badGemm), "gemm8")
}

// TestScoresQuad: scores4 gives, for each of its four queries, scoresGo's
// scores bit for bit (float32-valued queries, as attention passes), over
// lengths with and without a tail of the 8-position blocks, head sizes that
// are and are not multiples of 4, and strided key rows; the assembly equals
// its Go twin too.
func TestScoresQuad(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 3))
	forEachSet(t, func(t *testing.T, k kernels) {
		if k.fl.scores4 == nil {
			t.Skipf("SKIP: kernel set %s has no scores4 (it scores one query at a time)", k.name)
		}
		for trial := 0; trial < 60; trial++ {
			hd := []int{128, 64, 4, 8, 100, 6, 256}[trial%7]
			npos := []int{1, 7, 8, 9, 16, 23, 256, 257}[trial%8]
			if trial >= 40 {
				npos = 1 + r.IntN(600)
			}
			stride := hd * (1 + r.IntN(3))
			K := make([]float32, npos*stride)
			for i := range K {
				K[i] = float32(r.NormFloat64() * 4)
			}
			qs := make([][]float64, 4)
			qt := make([]float64, 4*hd)
			for l := range qs {
				qs[l] = make([]float64, hd)
				for c := range qs[l] {
					qs[l][c] = float64(float32(r.NormFloat64() * 2))
					qt[c*4+l] = qs[l][c]
				}
			}
			got := make([]float64, 4*npos)
			k.fl.scores4(qt, K, stride, got, make([]float64, 24*hd))
			twin := make([]float64, 4*npos)
			scoresQuadGo(qt, K, stride, twin, nil)
			require.Equal(t, twin, got, "%s scores4 against its Go twin, hd=%d npos=%d", k.name, hd, npos)
			for l := range qs {
				want := make([]float64, npos)
				scoresGo(qs[l], K, stride, want)
				for j := range want {
					if got[j*4+l] != want[j] {
						t.Fatalf("%s scores4 hd=%d npos=%d query %d position %d: %v, scoresGo %v", k.name, hd, npos, l, j, got[j*4+l], want[j])
					}
				}
			}
		}
	})
}

// TestScoresQuadVariants: on an AVX-512 CPU both four-query kernels, the
// AVX2 and the ZMM one, whichever the VNNI set chose, give scoresQuadGo's
// results bit for bit (row counts around the ZMM kernel's blocks of 16,
// head sizes that are and are not multiples of 8).
func TestScoresQuadVariants(t *testing.T) {
	vs := scores4Variants()
	if vs == nil {
		t.Skip("SKIP: no AVX-512 on this CPU: the ZMM kernel cannot run")
	}
	r := rand.New(rand.NewPCG(13, 5))
	for name, scores4 := range vs {
		for _, hd := range []int{8, 16, 64, 128, 12, 100} {
			for _, npos := range []int{1, 2, 15, 16, 17, 31, 32, 33, 256, 301} {
				stride := hd * (1 + r.IntN(3))
				K := make([]float32, npos*stride)
				for i := range K {
					K[i] = float32(r.NormFloat64() * 4)
				}
				qt := make([]float64, 4*hd)
				for i := range qt {
					qt[i] = float64(float32(r.NormFloat64() * 2))
				}
				kb := make([]float64, 24*hd)
				for i := range kb {
					kb[i] = math.NaN() // stale scratch must not leak into results
				}
				got := make([]float64, 4*npos)
				scores4(qt, K, stride, got, kb)
				want := make([]float64, 4*npos)
				scoresQuadGo(qt, K, stride, want, nil)
				require.Equal(t, want, got, "%s hd=%d npos=%d", name, hd, npos)
			}
		}
	}
}

// TestWsumQuad: the four-head weighted sum of each set that has one, and on
// an AVX-512 CPU the ZMM kernel whether or not the probe chose it, adds
// wsumGo's sums for each head bit for bit (head sizes that are and are not
// multiples of 32, strides, non-zero starting sums).
func TestWsumQuad(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 19))
	check := func(t *testing.T, name string, wsum4 func(w4 []float64, V []float32, stride int, acc []float64)) {
		for _, hd := range []int{32, 64, 128, 256, 40, 6} {
			for _, npos := range []int{1, 2, 7, 256, 301} {
				stride := hd * (1 + r.IntN(3))
				V := make([]float32, npos*stride)
				for i := range V {
					V[i] = float32(r.NormFloat64() * 3)
				}
				w4 := make([]float64, 4*npos)
				for i := range w4 {
					w4[i] = r.Float64() / float64(npos)
				}
				got := make([]float64, 4*hd)
				for i := range got {
					got[i] = r.NormFloat64()
				}
				want := slices.Clone(got)
				wsum4(w4, V, stride, got)
				for l := 0; l < 4; l++ {
					w := make([]float64, npos)
					for j := range w {
						w[j] = w4[4*j+l]
					}
					wsumGo(w, V, stride, want[l*hd:(l+1)*hd])
				}
				require.Equal(t, want, got, "%s hd=%d npos=%d", name, hd, npos)
			}
		}
	}
	n := 0
	forEachSet(t, func(t *testing.T, k kernels) {
		if k.fl.wsum4 != nil {
			check(t, k.name, k.fl.wsum4)
			n++
		}
	})
	for name, f := range wsum4Variants() {
		check(t, name, f)
		n++
	}
	check(t, "wsumQuadGo", wsumQuadGo)
	t.Logf("%d four-head kernels checked besides the Go twin", n)
}
