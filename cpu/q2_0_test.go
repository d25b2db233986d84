package cpu

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
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
// twin and, with AVX2, the fused row kernel and the tiled kernels (AVX2;
// AVX-512 VNNI where the CPU has it) with the tiled layout's Go twin.
func q2Kernels() []q2Kernel {
	ks := []q2Kernel{q2KernelFor(KernelsRef), q2KernelFor(KernelsGo), {name: "q2_0-tile-go", tile: q2TileGo, tile4: q2Tile4Go}}
	if f := q2DotSIMD(); f != nil {
		ks = append(ks, q2Kernel{name: q2NameAVX2, fused: f})
	}
	return append(ks, q2TileKernels(nil)...)
}

// q2RowKernels lists the kernels of q2Kernels with a one-row dot product
// other than the reference (the tiled ones run whole tiles).
func q2RowKernels() []q2Kernel {
	var ks []q2Kernel
	for _, k := range q2Kernels()[1:] {
		if k.tile == nil {
			ks = append(ks, k)
		}
	}
	return ks
}

// q2TileKernels lists the tiled assembly kernels this CPU runs; with t set,
// it logs a SKIP line naming the feature a kernel would need.
func q2TileKernels(t *testing.T) []q2Kernel {
	var ks []q2Kernel
	if f := q2TileAVX2(); f != nil {
		ks = append(ks, q2Kernel{name: q2NameAVX2x16, tile: f})
	} else if t != nil {
		t.Logf("SKIP %s: this CPU lacks AVX2, FMA or F16C", q2NameAVX2x16)
	}
	if f := q2TileVNNI(); f != nil {
		ks = append(ks, q2Kernel{name: q2NameVNNIx16, tile: f, tile4: q2Tile4VNNI()})
	} else if t != nil {
		t.Logf("SKIP %s: this CPU lacks AVX512-VNNI, BW, VL or F", q2NameVNNIx16)
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
					for _, k := range q2RowKernels() {
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
// a Q2_0 head computes the Q8_0 dot product of llama.cpp per vocabulary row,
// one row at a time or in tiles, bit for bit q2DotRef's.
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

		// A head in tiles (Engine.prepareQ2Head) for every tiled kernel:
		// five output rows (a group of four and one), split inside a tile.
		const nOut = 5
		h5 := make([]float32, nOut*dim)
		for i := range h5 {
			h5[i] = float32(r.NormFloat64())
		}
		var a q8Acts
		a.resize(nOut, dim)
		for o := range nOut {
			a.quantizeRow(o, h5[o*dim:(o+1)*dim])
		}
		for _, k := range append([]q2Kernel{{name: "q2_0-tile-go", tile: q2TileGo, tile4: q2Tile4Go}}, q2TileKernels(t)...) {
			tm := *m
			tm.q2t, tm.q2k = packQ2Tiles(data, rows, dim, g), k
			hk := goKernels().head
			task := headTask{m: &tm, k: &hk, h: h5, nOut: nOut, out: make([]float32, nOut*rows), blkBuf: make([][256]float32, 2)}
			task.prepare()
			task.run(0, 0, 3)
			task.run(1, 3, rows)
			for o := range nOut {
				for v := range rows {
					want := q2DotRef(data[v*m.rowB:(v+1)*m.rowB], g, &a, o)
					require.Equal(t, math.Float32bits(want), math.Float32bits(task.out[o*rows+v]), "%s %s: output row %d, vocabulary row %d", k.name, typ, o, v)
				}
			}
		}
	}
}

// BenchmarkQ2Dot: every Q2_0 kernel on the same 2560x2560 Q2_0 matrix
// (groups of 64; the shape of BenchmarkTernaryGemv's 2560x2560, for a per
// weight comparison with I2_S), single-threaded: one activation row with
// the weights hot in cache, one activation row cycling through copies of
// the matrix totalling 256 MiB (dram; the SIMD kernels only), and four
// activation rows, hot (n4). GMAC/s counts weights times activation rows
// per second (GMAC/cpu-s per second of this thread's CPU time); MB/s is
// weight bytes per second.
func BenchmarkQ2Dot(b *testing.B) {
	r := rand.New(rand.NewPCG(17, 18))
	const rows, cols = 2560, 2560
	w := randomQ2(r, rows, cols, quant.Q2Group)
	for _, k := range q2Kernels() {
		for _, c := range []struct {
			name        string
			n, memBytes int
		}{{"hot", 1, 0}, {"dram", 1, 256 << 20}, {"n4", 4, 0}} {
			if c.memBytes > 0 && (k.name == q2NameRef || k.name == q2NameGo || k.name == "q2_0-tile-go") {
				continue
			}
			b.Run(fmt.Sprintf("%s/%dx%d/%s", k.name, rows, cols, c.name), func(b *testing.B) {
				var a acts
				a.q8.resize(c.n, cols)
				x := make([]float32, cols)
				for i := range c.n {
					for j := range x {
						x[j] = float32(r.NormFloat64())
					}
					a.q8.quantizeRow(i, x)
				}
				proto := &ternaryMatrix{rows: rows, cols: cols, q2: w, q2Group: quant.Q2Group, outScale: 1}
				if err := k.prepare(proto); err != nil {
					b.Fatal(err)
				}
				ms := []*ternaryMatrix{proto}
				for len(ms)*len(w) < c.memBytes {
					m := *proto
					if k.tile != nil { // the layout the kernel reads
						m.q2t = append([]byte(nil), proto.q2t...)
					} else {
						m.q2 = append([]byte(nil), proto.q2...)
					}
					ms = append(ms, &m)
				}
				out := make([]float32, c.n*rows)
				b.SetBytes(int64(len(w)))
				sc := &partScratch{}
				runtime.LockOSThread()
				defer runtime.UnlockOSThread()
				b.ResetTimer()
				cpu0 := threadCPUTime()
				for i := 0; i < b.N; i++ {
					k.run(ms[i%len(ms)], &a, 0, rows, out, rows, sc)
				}
				macs := float64(rows*cols*c.n) * float64(b.N)
				b.ReportMetric(macs/b.Elapsed().Seconds()/1e9, "GMAC/s")
				// Per CPU-second of this thread, as BenchmarkTernaryGemv reports:
				// less sensitive to other jobs taking the core.
				if d := threadCPUTime() - cpu0; d > 0 {
					b.ReportMetric(macs/d.Seconds()/1e9, "GMAC/cpu-s")
				}
			})
		}
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
			for _, k := range q2RowKernels() {
				got := k.dot(w, group, &a, 0, &scratch)
				require.Equal(t, math.Float32bits(want), math.Float32bits(got), "%s: group %d, %d groups", k.name, group, groups)
			}
		}
	}
}

// TestQ2Tiles: the tiled layout and kernels. packQ2Tiles keeps every code
// and scale (decoded back per element), and every tiled kernel (the Go twin,
// AVX2, AVX-512 VNNI) gives q2DotRef's float32 bit for bit for both group
// sizes, K of 1 to 9 groups, row counts that are not multiples of the tile
// (the padding rows dropped), row ranges that start and end inside tiles,
// an output scale and six activation rows (the four-row kernels' group and
// two left over), including quants of ±127.
func TestQ2Tiles(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	kerns := append([]q2Kernel{{name: "q2_0-tile-go", tile: q2TileGo, tile4: q2Tile4Go}}, q2TileKernels(t)...)
	for _, group := range []int{quant.Q2Group, quant.Q2Group128} {
		typ := gguf.TypeQ2_0
		if group == quant.Q2Group128 {
			typ = gguf.TypeQ2_0G128
		}
		for _, sh := range []struct{ rows, groups int }{{1, 1}, {16, 1}, {17, 3}, {5, 5}, {40, 2}, {33, 9}, {48, 4}} {
			cols := sh.groups * group
			rows := sh.rows
			w := randomQ2(r, rows, cols, group)
			tiles := packQ2Tiles(w, rows, cols, group)
			require.Len(t, tiles, (rows+15)/16*16*q2RowBytes(cols, group))
			checkQ2Tiles(t, w, tiles, rows, cols, group)

			const n = 6 // a group of four activation rows and two single ones
			var a acts
			a.q8.resize(n, cols)
			for i := range n {
				x := make([]float32, cols)
				for j := range x {
					x[j] = float32(r.NormFloat64() * math.Pow(10, float64(j%5-2)))
				}
				x[r.IntN(cols)], x[r.IntN(cols)] = 1e3, -1e3
				a.q8.quantizeRow(i, x)
			}
			rb := q2RowBytes(cols, group)
			for _, outScale := range []float32{1, 0.75} {
				for _, k := range kerns {
					m := &ternaryMatrix{name: "w", rows: rows, cols: cols, q2: w, q2Group: group, outScale: outScale}
					require.NoError(t, k.prepare(m))
					require.Equal(t, tiles, m.q2t)
					stride := rows + 2
					out := make([]float32, n*stride)
					// Two ranges split inside a tile, as a thread split could.
					mid := min(rows, 7)
					k.run(m, &a, 0, mid, out, stride, nil)
					k.run(m, &a, mid, rows, out, stride, nil)
					for i := range n {
						for row := range rows {
							want := q2DotRef(w[row*rb:(row+1)*rb], group, &a.q8, i)
							if outScale != 1 {
								want *= outScale
							}
							require.Equal(t, math.Float32bits(want), math.Float32bits(out[i*stride+row]),
								"%s %s: %d rows x %d cols, row %d act %d: %g, want %g", k.name, typ, rows, cols, row, i, out[i*stride+row], want)
						}
						assert.Equal(t, []float32{0, 0}, out[i*stride+rows:(i+1)*stride], "%s: past the rows", k.name)
					}
				}
			}
		}
	}
}

// checkQ2Tiles decodes every code and scale of the tiled layout back to
// (row, element) and compares it with the file's layout.
func checkQ2Tiles(t *testing.T, w, tiles []byte, rows, cols, group int) {
	t.Helper()
	rb, bb := q2RowBytes(cols, group), 2+group/4
	ng := cols / group
	gt := q2TileRows * bb
	for r := range (rows + 15) / 16 * 16 {
		ti, lane := r/16, r%16
		for g := range ng {
			grp := tiles[(ti*ng+g)*gt : (ti*ng+g+1)*gt]
			scale := binary.LittleEndian.Uint16(grp[2*lane:])
			if r >= rows {
				require.Zero(t, scale, "padding row %d", r)
			} else {
				require.Equal(t, binary.LittleEndian.Uint16(w[r*rb+g*bb:]), scale, "row %d group %d", r, g)
			}
			for e := range group {
				k, j := e/32, e%32
				c, p, i := j/16, j%16/4, j%4
				got := grp[32+128*k+64*c+4*lane+i] >> (2 * p) & 3
				want := byte(0)
				if r < rows {
					want = w[r*rb+g*bb+2+e/4] >> (2 * (e % 4)) & 3
				}
				require.Equal(t, want, got, "row %d group %d element %d", r, g, e)
			}
		}
	}
}

// TestQ2KernelSelection: the kernel sets' Q2_0 kernels by name, the tiled
// ones passing their known-answer check on this CPU.
func TestQ2KernelSelection(t *testing.T) {
	assert.Equal(t, q2NameRef, q2KernelFor(KernelsRef).name)
	assert.Equal(t, q2NameGo, q2KernelFor(KernelsGo).name)
	if !hasAVX2() {
		t.Logf("SKIP the assembly kernels: this CPU lacks AVX2, FMA or F16C")
		assert.Equal(t, q2NameGo, q2KernelFor(KernelsAuto).name)
		return
	}
	assert.Equal(t, q2NameAVX2x16, q2KernelFor(KernelsAVX2).name)
	assert.Equal(t, q2NameAVX2, q2RowKernelFor("avx512").name)
	require.NoError(t, q2KnownAnswer(q2TileAVX2(), nil))
	want := q2NameAVX2x16
	if f := q2TileVNNI(); f != nil {
		require.NoError(t, q2KnownAnswer(f, q2Tile4VNNI()))
		want = q2NameVNNIx16
	} else {
		t.Logf("SKIP %s: this CPU lacks AVX512-VNNI, BW, VL or F", q2NameVNNIx16)
	}
	for _, set := range []string{KernelsAuto, KernelsAVX512VNNI, KernelsLUT, KernelsCalibrate} {
		assert.Equal(t, want, q2KernelFor(set).name, set)
	}
}

// FuzzQ2: every Q2_0 kernel this CPU runs (row, tiled, four-row tiled)
// equals q2DotRef bit for bit on shapes, codes, scales and activations taken
// from the fuzzer's bytes (scales kept finite, activations any float32 the
// bytes spell that is finite).
func FuzzQ2(f *testing.F) {
	f.Add(uint8(1), uint8(1), false, uint8(1), []byte{0xaa, 0x80})
	f.Add(uint8(17), uint8(3), true, uint8(5), []byte{0xff, 0x7f, 0x00, 0x55, 0x3c, 0x01})
	f.Fuzz(func(t *testing.T, rows, groups uint8, g128 bool, nacts uint8, data []byte) {
		group := quant.Q2Group
		if g128 {
			group = quant.Q2Group128
		}
		nr, ng, n := int(rows)%40+1, int(groups)%9+1, int(nacts)%6+1
		cols := ng * group
		bb := 2 + group/4
		w := fuzzBytes(data, nr*ng*bb)
		for b := 0; b < nr*ng; b++ { // finite F16 scales: exponent below 31
			w[b*bb+1] &= 0x7b
		}
		raw := fuzzBytes(append([]byte{0x5a}, data...), 4*n*cols)
		var a acts
		a.q8.resize(n, cols)
		x := make([]float32, cols)
		for i := range n {
			for j := range x {
				v := math.Float32frombits(binary.LittleEndian.Uint32(raw[4*(i*cols+j):]))
				if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
					v = 0
				}
				x[j] = v
			}
			a.q8.quantizeRow(i, x)
		}
		rb := q2RowBytes(cols, group)
		for _, k := range q2Kernels()[1:] {
			m := &ternaryMatrix{name: "w", rows: nr, cols: cols, q2: w, q2Group: group, outScale: 1}
			require.NoError(t, k.prepare(m))
			out := make([]float32, n*nr)
			k.run(m, &a, 0, nr, out, nr, &partScratch{})
			for i := range n {
				for r := range nr {
					want := q2DotRef(w[r*rb:(r+1)*rb], group, &a.q8, i)
					got := out[i*nr+r]
					if math.IsNaN(float64(want)) && math.IsNaN(float64(got)) {
						continue
					}
					require.Equal(t, math.Float32bits(want), math.Float32bits(got), "%s: %d rows, %d groups of %d, row %d act %d", k.name, nr, ng, group, r, i)
				}
			}
		}
	})
}

// TestTranspose2x4x4: against moving the 16 cells one by one, on random
// words and the all-ones and single-cell patterns.
func TestTranspose2x4x4(t *testing.T) {
	r := rand.New(rand.NewPCG(23, 24))
	xs := []uint32{0, 0xffffffff}
	for c := range 16 {
		xs = append(xs, 3<<(8*(c/4)+2*(c%4)), 1<<(8*(c/4)+2*(c%4)))
	}
	for range 1 << 14 {
		xs = append(xs, r.Uint32())
	}
	for _, x := range xs {
		var want uint32
		for p := range 4 {
			for i := range 4 {
				want |= (x >> (8*p + 2*i) & 3) << (8*i + 2*p)
			}
		}
		require.Equal(t, want, transpose2x4x4(x), "%#08x", x)
	}
}

// BenchmarkQ2Pack: repacking a 2560x2560 Q2_0 matrix into tiles (load time).
func BenchmarkQ2Pack(b *testing.B) {
	const rows, cols = 2560, 2560
	w := randomQ2(rand.New(rand.NewPCG(25, 26)), rows, cols, quant.Q2Group)
	b.SetBytes(int64(len(w)))
	for b.Loop() {
		packQ2Tiles(w, rows, cols, quant.Q2Group)
	}
}
