//go:build !amd64

package cpu

// Without amd64 assembly every set falls back to the portable Go kernels;
// hasAVX2 and hasVNNI are false there, so these are never selected by name.

func avx2Kernels() kernels { return goKernels() }
func vnniKernels() kernels { return goKernels() }

func readBytes(b []byte) uint64 { return readBytesGo(b) }
