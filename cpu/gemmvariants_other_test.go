//go:build !amd64

package cpu

func gemm8Variants() map[string]func(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
	return nil
}

func scores4Variants() map[string]func(qt []float64, K []float32, stride int, out, kb []float64) {
	return nil
}

func wsum4Variants() map[string]func(w4 []float64, V []float32, stride int, acc []float64) {
	return nil
}

// zmmVNNIFullWidth: no VNNI kernels off amd64.
func zmmVNNIFullWidth() bool { return false }
