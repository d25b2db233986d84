package cpu

import "testing"

// BenchmarkVNNIPeak: the throughput of register-only VPDPBUSD on one core,
// in GMAC/s (int8 multiply-adds), the compute ceiling to read
// BenchmarkTernaryGemm's and BenchmarkTernaryBatch's hot VNNI figures
// against (docs/PERFORMANCE.md).
func BenchmarkVNNIPeak(b *testing.B) {
	if !hasVNNI() {
		b.Skip("SKIP: this CPU has no AVX512-VNNI")
	}
	const iters = 1 << 20 // 8 Mi instructions per op
	for i := 0; i < b.N; i++ {
		vnniPeak(iters)
	}
	b.ReportMetric(float64(b.N)*iters*8*32/b.Elapsed().Seconds()/1e9, "GMAC/s")
}

// BenchmarkVNNIPeakZ: BenchmarkVNNIPeak with ZMM registers, 64 multiply-adds
// per instruction: where it is about twice the YMM figure (full-width
// AVX-512 units), a ZMM gemm could go that much faster; where it is about
// the same, the core splits ZMM operations in two.
func BenchmarkVNNIPeakZ(b *testing.B) {
	if !hasVNNI() {
		b.Skip("SKIP: this CPU has no AVX512-VNNI")
	}
	const iters = 1 << 20
	for i := 0; i < b.N; i++ {
		vnniPeakZ(iters)
	}
	b.ReportMetric(float64(b.N)*iters*8*64/b.Elapsed().Seconds()/1e9, "GMAC/s")
}

// BenchmarkFMAPeak: register-only float32 FMA (ZMM) on one core, in GFMA/s:
// the ceiling of the float32 head kernels (BenchmarkHeadBatch).
func BenchmarkFMAPeak(b *testing.B) {
	if !hasVNNI() { // the set whose kernels use AVX-512
		b.Skip("SKIP: this CPU has no AVX-512 (VNNI kernel set)")
	}
	const iters = 1 << 20
	for i := 0; i < b.N; i++ {
		fmaPeak(iters)
	}
	b.ReportMetric(float64(b.N)*iters*8*16/b.Elapsed().Seconds()/1e9, "GFMA/s")
}

// BenchmarkCvtPeak: F16 -> float32 widening (VCVTPH2PS, ZMM) on one core, in
// G values/s: every F16 head kernel widens each weight once per use.
func BenchmarkCvtPeak(b *testing.B) {
	if !hasVNNI() { // the set whose kernels use AVX-512
		b.Skip("SKIP: this CPU has no AVX-512 (VNNI kernel set)")
	}
	buf := make([]byte, 128)
	const iters = 1 << 20
	for i := 0; i < b.N; i++ {
		cvtPeak(&buf[0], iters)
	}
	b.ReportMetric(float64(b.N)*iters*8*16/b.Elapsed().Seconds()/1e9, "Gvalues/s")
}
