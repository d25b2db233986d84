package cpu

// Instruction ceilings for reading the kernels' benchmark figures
// (BenchmarkVNNIPeak, BenchmarkFMAPeak, BenchmarkCvtPeak). Test-only use;
// declared in the package so go vet's asmdecl check sees them in every build.

// vnniPeak runs n iterations of 8 independent register-only VPDPBUSD (YMM).
func vnniPeak(n int)

// fmaPeak runs n iterations of 8 independent register-only VFMADD231PS (ZMM).
func fmaPeak(n int)

// cvtPeak runs n iterations of 8 VCVTPH2PS (ZMM) from the 128 bytes at p.
func cvtPeak(p *byte, n int)
