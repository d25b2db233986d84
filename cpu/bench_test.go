package cpu

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/quant"
)

// Kernel benchmarks, single-threaded, on the 2B model's shapes. "hot" runs
// keep one matrix in cache (compute throughput); "dram" runs cycle through
// 256 MiB of weights, as decoding does (memory throughput). Metrics: GB/s of
// weights read (SetBytes), GMAC/s of ternary multiply-adds.

var benchShapes = []struct{ rows, cols int }{{2560, 2560}, {640, 2560}, {6912, 2560}, {2560, 6912}}

// benchSets are the kernel sets worth timing here (ref is far slower).
func benchSets() []kernels {
	out := []kernels{goKernels()}
	if hasAVX2() {
		out = append(out, avx2Kernels())
	}
	if hasVNNI() {
		out = append(out, vnniKernels())
	}
	return out
}

// benchMatrices returns enough copies of a random rows x cols matrix to fill
// about total bytes (at least one), prepared for kern.
func benchMatrices(b *testing.B, kern ternaryKernel, rows, cols, total int) []*ternaryMatrix {
	r := rand.New(rand.NewPCG(uint64(rows), uint64(cols)))
	n := max(1, total/(rows*cols/4))
	ms := make([]*ternaryMatrix, n)
	for i := range ms {
		ms[i] = &ternaryMatrix{name: "bench", rows: rows, cols: cols, scale: 1, outScale: 1, codes: randomCodes(r, rows, cols, 2)}
		if err := kern.prepare(ms[i]); err != nil {
			b.Fatal(err)
		}
	}
	return ms
}

func benchActs(rows, cols int) *acts {
	r := rand.New(rand.NewPCG(7, uint64(cols)))
	a := &acts{}
	a.resize(rows, cols)
	x := make([]float32, cols)
	for i := 0; i < rows; i++ {
		for j := range x {
			x[j] = float32(r.NormFloat64())
		}
		a.scale[i], a.sum[i] = quant.QuantizeActivations(x, a.q[i*cols:(i+1)*cols])
	}
	return a
}

func benchTernary(b *testing.B, kern ternaryKernel, rows, cols, n, total int) {
	ms := benchMatrices(b, kern, rows, cols, total)
	a := benchActs(n, cols)
	kern.prepareActs(a)
	out := make([]float32, n*rows)
	var sc partScratch
	b.SetBytes(int64(rows * cols / 4))
	b.ReportAllocs()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	cpu0 := threadCPUTime()
	for i := 0; i < b.N; i++ {
		m := ms[i%len(ms)]
		kern.run(m, a, 0, rows, out, rows, &sc)
	}
	macs := float64(b.N) * float64(rows*cols*n)
	b.ReportMetric(macs/b.Elapsed().Seconds()/1e9, "GMAC/s")
	// Per CPU-second of this thread: what the kernel does when it has the core.
	if c := threadCPUTime() - cpu0; c > 0 {
		b.ReportMetric(macs/c.Seconds()/1e9, "GMAC/cpu-s")
		b.ReportMetric(float64(b.N)*float64(rows*cols/4)/c.Seconds()/1e9, "GB/cpu-s")
	}
}

// BenchmarkTernaryGemv: one activation row (decode).
func BenchmarkTernaryGemv(b *testing.B) {
	for _, k := range benchSets() {
		for _, kern := range []ternaryKernel{k.tern, k.lut} {
			for _, s := range benchShapes {
				for _, mem := range []struct {
					name  string
					bytes int
				}{{"hot", 0}, {"dram", 256 << 20}} {
					b.Run(fmt.Sprintf("%s/%dx%d/%s", kern.kname(), s.rows, s.cols, mem.name), func(b *testing.B) {
						benchTernary(b, kern, s.rows, s.cols, 1, mem.bytes)
					})
				}
			}
		}
	}
}

// BenchmarkTernaryGemm: 128 activation rows (prefill), weights hot.
func BenchmarkTernaryGemm(b *testing.B) {
	for _, k := range benchSets() {
		for _, kern := range []ternaryKernel{k.tern, k.lut} {
			for _, s := range benchShapes {
				b.Run(fmt.Sprintf("%s/%dx%d/n128", kern.kname(), s.rows, s.cols), func(b *testing.B) {
					benchTernary(b, kern, s.rows, s.cols, 128, 0)
				})
			}
		}
	}
}

// BenchmarkHead: output-head rows of 2560 (F16, Q8_0, Q6_K) over 64 MiB+ of
// weights, single-threaded.
func BenchmarkHead(b *testing.B) {
	const dim, rows = 2560, 16384
	r := rand.New(rand.NewPCG(1, 2))
	w := make([]float32, dim)
	x := make([]float32, dim)
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	x16 := make([]int16, dim)
	quantizeHead(x, x16)
	f16 := make([]byte, 0, rows*dim*2)
	q8 := make([]byte, 0, rows*quant.Q8Size(dim))
	q6 := make([]byte, 0, rows*quant.Q6KSize(dim))
	for i := 0; i < rows; i++ {
		for j := range w {
			w[j] = float32(r.NormFloat64() * 0.02)
		}
		f16 = append(f16, quant.EncodeF16(w)...)
		b8, _ := quant.QuantizeQ8_0(w)
		q8 = append(q8, b8...)
		if i < 1024 { // Q6_K quantization is slow; repeat the first rows
			b6, _ := quant.QuantizeQ6K(w)
			q6 = append(q6, b6...)
		}
	}
	for len(q6) < rows*quant.Q6KSize(dim) {
		q6 = append(q6, q6[:1024*quant.Q6KSize(dim)]...)
	}
	for _, k := range benchSets() {
		for _, c := range []struct {
			name string
			rowB int
			data []byte
			dot  func(row []byte) float64
		}{
			{"f16", 2 * dim, f16, func(row []byte) float64 { return k.head.f16(row, x) }},
			{"q8_0", quant.Q8Size(dim), q8, func(row []byte) float64 { return k.head.q8(row, x16) }},
			{"q6_k", quant.Q6KSize(dim), q6, func(row []byte) float64 { return k.head.q6k(row, x16) }},
		} {
			b.Run(k.head.name+"/"+c.name, func(b *testing.B) {
				b.SetBytes(int64(c.rowB))
				var s float64
				for i := 0; i < b.N; i++ {
					r := i % rows
					s += c.dot(c.data[r*c.rowB : (r+1)*c.rowB])
				}
				_ = s
			})
		}
	}
}

func BenchmarkQuantize(b *testing.B) {
	x := make([]float32, 6912)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range x {
		x[i] = float32(r.NormFloat64())
	}
	q := make([]int8, len(x))
	for _, k := range append([]kernels{refKernels()}, benchSets()...) {
		b.Run(k.name, func(b *testing.B) {
			b.SetBytes(int64(4 * len(x)))
			for i := 0; i < b.N; i++ {
				k.quantize(x, q)
			}
		})
	}
}

// BenchmarkDecodeStep: one decoded token of the small preset model on 2
// threads; allocs/op must be 0.
func BenchmarkDecodeStep(b *testing.B) {
	m := tinyModel(b, gguf.TypeI2_S, 9)
	for _, set := range []string{KernelsRef, KernelsAuto} {
		b.Run(set, func(b *testing.B) {
			e := newEngine(b, m, Options{Threads: 2, Kernels: set})
			st, err := e.NewState(256)
			if err != nil {
				b.Fatal(err)
			}
			out := make([]float32, e.VocabSize())
			ctx := context.Background()
			for i := 0; i < 64; i++ {
				if _, err := st.Forward(ctx, []int32{int32(i)}, engine.LastLogits, out); err != nil {
					b.Fatal(err)
				}
			}
			tok := []int32{5}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := st.Truncate(64); err != nil {
					b.Fatal(err)
				}
				if _, err := st.Forward(ctx, tok, engine.LastLogits, out); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHeadBatch: an F16 head of 2560-wide rows (160 MiB, streamed from
// DRAM as in decoding) against nOut output rows, single-threaded, by the
// widening path (each head row widened once, then f32 per output row) and
// by the pair path (f16x2 over blocks of head rows). GFMA/cpu-s counts
// multiply-adds per CPU-second of this thread.
func BenchmarkHeadBatch(b *testing.B) {
	const dim, rows = 2560, 32768
	r := rand.New(rand.NewPCG(5, 6))
	data := make([]byte, rows*dim*2)
	for i := 0; i < len(data); i += 2 {
		bits := uint16(r.IntN(0x7c00)) | uint16(r.IntN(2))<<15
		data[i], data[i+1] = byte(bits), byte(bits>>8)
	}
	m := &embedMatrix{name: "bench", typ: gguf.TypeF16, rows: rows, dim: dim, rowB: 2 * dim, data: data}
	for _, k := range benchSets() {
		for _, nOut := range []int{2, 4, 8} {
			for _, path := range []string{"widen", "pairs"} {
				b.Run(fmt.Sprintf("%s/n%d/%s", k.head.name, nOut, path), func(b *testing.B) {
					hk := k.head
					if path == "widen" {
						hk.f16x2 = nil
					}
					h := make([]float32, nOut*dim)
					for i := range h {
						h[i] = float32(r.NormFloat64())
					}
					t := &headTask{m: m, k: &hk, h: h, nOut: nOut, out: make([]float32, nOut*rows), blkBuf: make([][256]float32, 1)}
					t.prepare()
					runtime.LockOSThread()
					defer runtime.UnlockOSThread()
					b.ResetTimer()
					cpu0 := threadCPUTime()
					for i := 0; i < b.N; i++ {
						t.run(0, 0, rows)
					}
					if c := threadCPUTime() - cpu0; c > 0 {
						b.ReportMetric(float64(b.N)*float64(rows*dim*nOut)/c.Seconds()/1e9, "GFMA/cpu-s")
					}
				})
			}
		}
	}
}

// BenchmarkTernaryBatch: n activation rows of a batched decode step over
// 256 MiB of weights (streamed from DRAM), single-threaded.
func BenchmarkTernaryBatch(b *testing.B) {
	for _, k := range benchSets() {
		for _, s := range benchShapes {
			for _, n := range []int{2, 4, 8} {
				b.Run(fmt.Sprintf("%s/%dx%d/n%d", k.tern.kname(), s.rows, s.cols, n), func(b *testing.B) {
					benchTernary(b, k.tern, s.rows, s.cols, n, 256<<20)
				})
			}
		}
	}
}
