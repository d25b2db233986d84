package cpu

import (
	"encoding/binary"
	"math"
	"testing"

	"github.com/bitnet-go/bitnet-go/quant"
)

// Fuzz targets: each compares every fast kernel this CPU can run with the
// reference on shapes and data taken from the fuzzer's bytes.

// runnableSets is the fast kernel sets this CPU can run.
func runnableSets() []kernels {
	var out []kernels
	for _, c := range fastKernelSets() {
		if c.skip == "" {
			out = append(out, c.k)
		}
	}
	return out
}

// fuzzBytes stretches data (never empty) to n bytes by repetition with a
// counter mixed in, so short inputs still fill large shapes.
func fuzzBytes(data []byte, n int) []byte {
	if len(data) == 0 {
		data = []byte{0}
	}
	out := make([]byte, n)
	for i := range out {
		out[i] = data[i%len(data)] ^ byte(i/len(data)*151)
	}
	return out
}

func FuzzGemv(f *testing.F) {
	f.Add(uint8(1), uint8(1), []byte{0xaa, 0x80})
	f.Add(uint8(7), uint8(20), []byte{0xff, 0x7f, 0x00, 0x55})
	f.Add(uint8(33), uint8(54), []byte{1, 2, 3, 4, 5, 6, 7, 8, 9})
	f.Fuzz(func(t *testing.T, rows, blocks uint8, data []byte) {
		nr, nb := 1+int(rows%48), 1+int(blocks%64)
		cols := nb * 128
		// Codes 0..3 straight from the bytes: the GEMV multiplies any code exactly.
		codes := fuzzBytes(data, nr*cols/4)
		q := make([]int8, cols)
		for i, b := range fuzzBytes(append([]byte{rows, blocks}, data...), cols) {
			q[i] = int8(b)
		}
		want := make([]int32, nr)
		gemvRef(codes, cols/4, q, want)
		for _, k := range runnableSets() {
			got := make([]int32, nr)
			k.tern.(madKernel).gemv(codes, cols/4, q, got)
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("%s: %dx%d row %d: got %d, want %d", k.name, nr, cols, i, got[i], want[i])
				}
			}
		}
	})
}

func FuzzGemm8(f *testing.F) {
	f.Add(uint8(1), uint8(1), []byte{0xaa, 0x80})
	f.Add(uint8(17), uint8(40), []byte{0x16, 0x81, 0x7f})
	f.Fuzz(func(t *testing.T, rows, blocks uint8, data []byte) {
		nr, nb := 1+int(rows%24), 1+int(blocks%48)
		cols := nb * 128
		codes := fuzzBytes(data, nr*cols/4)
		for i, b := range codes {
			// The gemm path's precondition: codes 0..2 (3 is remapped at load).
			codes[i] = b &^ ((b & (b >> 1) & 0x55) << 1)
		}
		a := &acts{}
		a.resize(8, cols)
		for i, b := range fuzzBytes(append([]byte{blocks}, data...), 8*cols) {
			a.q[i] = int8(b)
		}
		a.interleave()
		want := make([]int32, nr*8)
		for r := 0; r < nr; r++ {
			for tk := 0; tk < 8; tk++ {
				want[tk*nr+r] = dotI2S(codes[r*cols/4:(r+1)*cols/4], a.q[tk*cols:(tk+1)*cols])
			}
		}
		for _, k := range runnableSets() {
			got := make([]int32, nr*8)
			k.tern.(madKernel).gemm8(codes, cols/4, nr, nb, a.qi, got, nr)
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("%s: %dx%d acc %d: got %d, want %d", k.name, nr, cols, i, got[i], want[i])
				}
			}
		}
		for name, gemm8 := range gemm8Variants() {
			got := make([]int32, nr*8)
			gemm8(codes, cols/4, nr, nb, a.qi, got, nr)
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("%s: %dx%d acc %d: got %d, want %d", name, nr, cols, i, got[i], want[i])
				}
			}
		}
	})
}

func FuzzLUT(f *testing.F) {
	f.Add(uint8(1), uint8(1), []byte{0x00, 0x80})
	f.Add(uint8(50), uint8(9), []byte{0xaa, 0x7f, 0x81})
	f.Fuzz(func(t *testing.T, rows, blocks uint8, data []byte) {
		nr, nb := 1+int(rows%70), 1+int(blocks%24)
		cols := nb * 128
		codes := fuzzBytes(data, nr*cols/4)
		for i, b := range codes {
			codes[i] = b &^ ((b & (b >> 1) & 0x55) << 1)
		}
		q := make([]int8, cols)
		var qsum int32
		for i, b := range fuzzBytes(append([]byte{rows}, data...), cols) {
			q[i] = int8(b)
			qsum += int32(q[i])
		}
		packed := packLUT(codes, nr, cols)
		tbl := make([]byte, cols/8*128)
		buildLUT(q, tbl)
		groups := (nr + 15) / 16
		for _, k := range runnableSets() {
			got := make([]int32, groups*16)
			k.lut.(lutKernel).gemv(packed, cols/8, tbl, got)
			for r := 0; r < groups*16; r++ {
				want := int32(0)
				if r < nr {
					want = dotI2S(codes[r*cols/4:(r+1)*cols/4], q) - qsum
				}
				if got[r] != want {
					t.Fatalf("%s: %dx%d row %d: got %d, want %d", k.name, nr, cols, r, got[r], want)
				}
			}
		}
	})
}

func FuzzQuantize(f *testing.F) {
	f.Add([]byte{0, 0, 128, 63, 0, 0, 0, 192})
	f.Add([]byte{0, 0, 192, 127, 1, 2, 3, 4}) // NaN
	f.Add([]byte{0, 0, 128, 127})             // +Inf
	f.Fuzz(func(t *testing.T, data []byte) {
		x := make([]float32, len(data)/4)
		for i := range x {
			x[i] = math.Float32frombits(binary.LittleEndian.Uint32(data[4*i:]))
		}
		// Long rows too: repeat the values with a varying factor.
		if len(x) > 0 && len(x) < 200 {
			n := len(x)
			for i := 0; len(x) < 300; i++ {
				x = append(x, x[i%n]*float32(1+i%7))
			}
		}
		want := make([]int8, len(x))
		ws, wsum := quant.QuantizeActivations(x, want)
		for _, k := range runnableSets() {
			got := make([]int8, len(x))
			gs, gsum := k.quantize(x, got)
			if math.Float32bits(gs) != math.Float32bits(ws) || gsum != wsum {
				t.Fatalf("%s: scale %v sum %d, want %v %d", k.name, gs, gsum, ws, wsum)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Fatalf("%s: q[%d] = %d, want %d (x = %v)", k.name, i, got[i], want[i], x[i])
				}
			}
		}
	})
}

func FuzzHeadKernels(f *testing.F) {
	f.Add(uint8(1), []byte{1, 2, 3, 4, 5})
	f.Add(uint8(10), []byte{0xff, 0x3c, 0x80, 0x00})
	f.Fuzz(func(t *testing.T, blocks uint8, data []byte) {
		nb := 1 + int(blocks%12)
		dim := nb * 256
		b := fuzzBytes(data, 4*dim)
		x := make([]float32, dim)
		w := make([]float32, dim)
		for i := range x {
			x[i] = float32(int8(b[i])) / 16
			w[i] = float32(int16(binary.LittleEndian.Uint16(b[2*dim+2*i:]))) / 65536
		}
		f16 := quant.EncodeF16(w)
		x16 := make([]int16, dim)
		quantizeHead(x, x16)
		q8, err := quant.QuantizeQ8_0(w)
		if err != nil {
			t.Fatal(err)
		}
		q6, err := quant.QuantizeQ6K(w)
		if err != nil {
			t.Fatal(err)
		}
		// Tolerance relative to Σ|w_i x_i| (float32 partial sums in the kernels).
		bound := func(deq func([]byte, []float32) error, data []byte, xs func(i int) float64) float64 {
			d := make([]float32, dim)
			if err := deq(data, d); err != nil {
				t.Fatal(err)
			}
			var s float64
			for i := range d {
				s += math.Abs(float64(d[i]) * xs(i))
			}
			return 1e-6*s + 1e-30
		}
		fx := func(i int) float64 { return float64(x[i]) }
		ix := func(i int) float64 { return float64(x16[i]) }
		f16deq := func(b []byte, out []float32) error { return quant.DecodeF16(b, out) }
		for _, k := range runnableSets() {
			for _, c := range []struct {
				name      string
				got, want float64
				tol       float64
			}{
				{"f16", k.head.f16(f16, x), headF16Go(f16, x), bound(f16deq, f16, fx)},
				{"q8_0", k.head.q8(q8, x16), headQ8Go(q8, x16), bound(quant.DequantizeQ8_0, q8, ix)},
				{"q6_k", k.head.q6k(q6, x16), headQ6KGo(q6, x16), bound(quant.DequantizeQ6K, q6, ix)},
			} {
				if math.Abs(c.got-c.want) > c.tol {
					t.Fatalf("%s %s dim %d: got %v, want %v (tolerance %g)", k.name, c.name, dim, c.got, c.want, c.tol)
				}
			}
		}
	})
}

func FuzzFloatKernels(f *testing.F) {
	f.Add(uint8(4), uint8(3), []byte{1, 2, 3})
	f.Add(uint8(32), uint8(200), []byte{0x80, 0x7f, 0x3f})
	f.Fuzz(func(t *testing.T, hd8, npos uint8, data []byte) {
		hd := 4 * (1 + int(hd8%64))
		np := 1 + int(npos)
		b := fuzzBytes(data, 2*(hd+np*hd))
		val := func(i int) float32 { return float32(int16(binary.LittleEndian.Uint16(b[2*i:]))) / 1024 }
		q := make([]float64, hd)
		for i := range q {
			q[i] = float64(val(i))
		}
		K := make([]float32, np*hd)
		for i := range K {
			K[i] = val(hd + i)
		}
		w := make([]float64, np)
		for j := range w {
			w[j] = float64(val(j)) / 32
		}
		ws := make([]float64, np)
		scoresGo(q, K, hd, ws)
		wa := make([]float64, hd)
		wsumGo(w, K, hd, wa)
		x := K[:hd]
		nw := make([]float32, hd)
		for i := range nw {
			nw[i] = 1 + val(i)/64
		}
		wn := make([]float32, hd)
		rmsNormExact(wn, x, nw, 1e-5)
		xs := make([]float64, np)
		for j := range xs {
			xs[j] = float64(val(j)) * float64(1+j%17) // up to +-32*17, past both ends of [-700, 700]
		}
		we := make([]float64, np)
		expGo(we, xs)
		for _, k := range runnableSets() {
			ge := make([]float64, np)
			k.fl.exp(ge, xs)
			for j := range we {
				if math.Float64bits(ge[j]) != math.Float64bits(we[j]) {
					t.Fatalf("%s exp(%v) = %v, want %v", k.name, xs[j], ge[j], we[j])
				}
			}
			gs := make([]float64, np)
			k.fl.scores(q, K, hd, gs)
			ga := make([]float64, hd)
			k.fl.wsum(w, K, hd, ga)
			gn := make([]float32, hd)
			k.fl.rmsNorm(gn, x, nw, 1e-5)
			for j := range ws {
				if math.Float64bits(gs[j]) != math.Float64bits(ws[j]) {
					t.Fatalf("%s scores[%d] = %v, want %v", k.name, j, gs[j], ws[j])
				}
			}
			s4 := scores4Variants()
			if k.fl.scores4 != nil {
				if s4 == nil {
					s4 = map[string]func(qt []float64, K []float32, stride int, out, kb []float64){}
				}
				s4[k.name] = k.fl.scores4
			}
			for name, scores4 := range s4 {
				// Four float32-valued queries: q, -q, 2q and q reversed.
				qs := [4][]float64{q, make([]float64, hd), make([]float64, hd), make([]float64, hd)}
				qt := make([]float64, 4*hd)
				for c := range q {
					qs[1][c], qs[2][c], qs[3][c] = -q[c], 2*q[c], q[hd-1-c]
					for l := range qs {
						qt[c*4+l] = qs[l][c]
					}
				}
				g4 := make([]float64, 4*np)
				scores4(qt, K, hd, g4, make([]float64, 24*hd))
				for l := range qs {
					want := make([]float64, np)
					scoresGo(qs[l], K, hd, want)
					for j := range want {
						if math.Float64bits(g4[j*4+l]) != math.Float64bits(want[j]) {
							t.Fatalf("%s scores4 query %d [%d] = %v, want %v", name, l, j, g4[j*4+l], want[j])
						}
					}
				}
			}
			for c := range wa {
				if math.Float64bits(ga[c]) != math.Float64bits(wa[c]) {
					t.Fatalf("%s wsum[%d] = %v, want %v", k.name, c, ga[c], wa[c])
				}
			}
			w4s := wsum4Variants()
			if k.fl.wsum4 != nil {
				if w4s == nil {
					w4s = map[string]func(w4 []float64, V []float32, stride int, acc []float64){}
				}
				w4s[k.name] = k.fl.wsum4
			}
			for name, wsum4 := range w4s {
				// Four heads' weights: w, w reversed, w/2 and -w.
				hw := [4][]float64{w, make([]float64, np), make([]float64, np), make([]float64, np)}
				w4 := make([]float64, 4*np)
				for j := range w {
					hw[1][j], hw[2][j], hw[3][j] = w[np-1-j], w[j]/2, -w[j]
					for l := range hw {
						w4[4*j+l] = hw[l][j]
					}
				}
				g4 := make([]float64, 4*hd)
				wsum4(w4, K, hd, g4)
				for l := range hw {
					want := make([]float64, hd)
					wsumGo(hw[l], K, hd, want)
					for c := range want {
						if math.Float64bits(g4[l*hd+c]) != math.Float64bits(want[c]) {
							t.Fatalf("%s wsum4 head %d [%d] = %v, want %v", name, l, c, g4[l*hd+c], want[c])
						}
					}
				}
			}
			for i := range wn {
				if math.Float32bits(gn[i]) != math.Float32bits(wn[i]) {
					t.Fatalf("%s rmsNorm[%d] = %v, want %v", k.name, i, gn[i], wn[i])
				}
			}
		}
	})
}
