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

// scores4Variants are the four-query score kernels checked besides the
// sets' choices: on an AVX-512 CPU both the AVX2 and the ZMM kernel,
// whichever the probe picked for the VNNI set.
func scores4Variants() map[string]func(qt []float64, K []float32, stride int, out, kb []float64) {
	if !hasVNNI() {
		return nil
	}
	return map[string]func(qt []float64, K []float32, stride int, out, kb []float64){
		"scoresQuadAVX2Go": scoresQuadAVX2Go, "scoresQuadAVX512Go": scoresQuadAVX512Go,
	}
}

// wsum4Variants are the four-head weighted-sum kernels checked besides the
// sets' choices: on an AVX-512 CPU the ZMM one, whether or not the probe
// picked it.
func wsum4Variants() map[string]func(w4 []float64, V []float32, stride int, acc []float64) {
	if !hasVNNI() {
		return nil
	}
	return map[string]func(w4 []float64, V []float32, stride int, acc []float64){"wsumQuadAVX512Go": wsumQuadAVX512Go}
}
