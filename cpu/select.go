package cpu

import (
	"context"
	"math/rand/v2"
	"time"
)

// preferLUT is the measured per-shape choice of the "auto" kernel set
// between the multiply-add and lookup-table kernels. On the machines we
// measured (AMD EPYC Zen3, AVX2; docs/PERFORMANCE.md, BenchmarkTernary*) the
// exact int16 lookup tables need two VPSHUFB, two unpacks and two adds per
// 32 rows x 2 weights, against four VPMADDUBSW and four adds per 128 weights
// of one row, and lost on every model shape, for one token and for batches:
// so auto never prefers them. The "calibrate" set re-measures per shape at load.
func preferLUT(rows, cols int) bool { return false }

// calibrateShape times single-row matmuls of a random rows x cols matrix
// with the multiply-add and the lookup-table kernel of k and returns the
// faster (best of three passes each). A pass runs over copies of the matrix
// totalling at least calibrateBytes, more than a last-level cache, because
// decoding streams the weights from memory and the two kernels differ in
// how well they keep up with it, not only in arithmetic.
func calibrateShape(ctx context.Context, k kernels, rows, cols int) ternaryKernel {
	if k.lut == nil || k.mad == nil || ctx.Err() != nil {
		return k.mad
	}
	r := rand.New(rand.NewPCG(uint64(rows), uint64(cols)))
	proto := &ternaryMatrix{name: "calibration", rows: rows, cols: cols, scale: 1, outScale: 1,
		codes: make([]byte, rows*cols/4)}
	for i := range proto.codes {
		// Four codes in 0..2 per byte.
		proto.codes[i] = byte(r.IntN(3)<<6 | r.IntN(3)<<4 | r.IntN(3)<<2 | r.IntN(3))
	}
	if err := k.lut.prepare(proto); err != nil {
		return k.mad
	}
	ms := make([]*ternaryMatrix, max(1, calibrateBytes/len(proto.codes)))
	for i := range ms {
		m := *proto
		m.codes = append([]byte(nil), proto.codes...)
		m.lut = append([]byte(nil), proto.lut...)
		ms[i] = &m
	}
	a := &acts{}
	a.resize(1, cols)
	for i := range a.q {
		a.q[i] = int8(r.IntN(255) - 127)
		a.sum[0] += int32(a.q[i])
	}
	a.scale[0] = 1
	out := make([]float32, rows)
	var sc partScratch
	best := func(kern ternaryKernel) time.Duration {
		kern.prepareActs(a)
		d := time.Duration(1 << 62)
		for pass := 0; pass < 4; pass++ {
			t := time.Now()
			for _, m := range ms {
				kern.run(m, a, 0, rows, out, rows, &sc)
			}
			if pass > 0 { // the first pass warms up
				d = min(d, time.Since(t))
			}
		}
		return d
	}
	if best(k.lut) < best(k.mad) {
		return k.lut
	}
	return k.mad
}

// calibrateBytes is the weight bytes one calibration pass streams.
const calibrateBytes = 48 << 20
