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
