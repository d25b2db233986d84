package cpu

// vnniPeak runs n iterations of 8 independent register-only VPDPBUSD: the
// instruction's throughput, against which BenchmarkVNNIPeak reads the VNNI
// kernels' hot figures. Test-only use; in the package so go vet's asmdecl
// check sees its declaration in every build.
func vnniPeak(n int)
