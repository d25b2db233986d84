// Package quant holds the exact encodings of the weight formats bitnet-go
// reads (I2_S, TQ1_0, TQ2_0, Q8_0, Q6_K, F16, BF16), bitnet.cpp's int8
// activation quantization, and the scalar reference ternary x int8 matmul
// that every fast kernel is tested against.
//
// Everything here is plain scalar Go written to be obviously right and
// bit-exact with the producers: bitnet.cpp (quantize_i2_s,
// quantize_row_i8_s and its I2_S matmul) and upstream llama.cpp/ggml
// (quantize_row_tq1_0_ref, quantize_row_tq2_0_ref, quantize_row_q8_0_ref,
// quantize_row_q6_K_ref and their dequantizers). Where a producer's C code
// has implementation-defined behaviour (out-of-range float-to-int
// conversions, NaN handling), the x86-64 gcc/glibc result is reproduced
// (golden tests include NaN and infinite inputs) and the function's
// documentation says so.
//
// Go may fuse x*y+z into one FMA on some architectures; every float32
// expression whose rounding matters is written with explicit float32
// conversions, which the Go spec says round, so results are identical on
// every GOARCH.
//
// Shapes follow GGUF: a matrix has Rows rows of Cols elements (Cols = ne0,
// the input dimension), stored row-major.
package quant
