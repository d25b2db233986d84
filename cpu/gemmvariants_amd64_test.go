package cpu

// gemm8Variants are the 8-row gemm kernels a fuzz target checks besides the
// runnable sets' choices: on a VNNI CPU both the YMM and the ZMM family,
// whichever the probe picked for the set.
func gemm8Variants() map[string]func(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int) {
	if !hasVNNI() {
		return nil
	}
	return map[string]func(w []byte, rowBytes, nrows, nblk int, qi []int8, acc []int32, ldt int){
		"gemm8VNNI": gemm8VNNI, "gemm8VNNIZ": gemm8VNNIZ,
	}
}
