//go:build !amd64

package cpu

func gemm8Variants() map[string]func(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
	return nil
}

// zmmVNNIFullWidth: no VNNI kernels off amd64.
func zmmVNNIFullWidth() bool { return false }
