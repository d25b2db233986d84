package cpu

// Instruction ceilings for reading the kernels' benchmark figures
// (BenchmarkVNNIPeak, BenchmarkVNNIPeakZ, BenchmarkFMAPeak,
// BenchmarkCvtPeak). vnniPeak and vnniPeakZ also decide, once, whether the
// VNNI set takes the ZMM gemm (zmmVNNIFullWidth).

// vnniPeak runs n iterations of 8 independent register-only VPDPBUSD (YMM).
func vnniPeak(n int)

// vnniPeakZ is vnniPeak with ZMM registers.
func vnniPeakZ(n int)

// fmaPeak runs n iterations of 8 independent register-only VFMADD231PS (ZMM).
func fmaPeak(n int)

// cvtPeak runs n iterations of 8 VCVTPH2PS (ZMM) from the 128 bytes at p.
func cvtPeak(p *byte, n int)
