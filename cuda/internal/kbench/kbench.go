//go:build cuda

// Package kbench times single CUDA kernels of libbitnetcuda on random
// device-generated data, for cmd/cudabench: the device-to-device copy
// bandwidth that serves as the roofline, the decode GEMVs, the prefill GEMM
// and the output head.
package kbench

/*
#cgo CFLAGS: -I${SRCDIR}/../../../kernels
#cgo LDFLAGS: -L${SRCDIR}/../../../kernels/build -L/usr/local/cuda/lib64 -lbitnetcuda -lcudart_static -lstdc++ -ldl -lrt -lpthread -lm
#include "bitnet_cuda.h"
*/
import "C"

import "fmt"

type errBuf [512]C.char

func check(rc C.int, eb *errBuf) error {
	if rc != C.BNC_OK {
		return fmt.Errorf("kbench: %s", C.GoString(&eb[0]))
	}
	return nil
}

// Copy returns the device-to-device copy bandwidth in GB/s (bytes read plus
// bytes written per second), the median of iters copies of n bytes.
func Copy(dev int, n uint64, iters int) (float64, error) {
	var eb errBuf
	var v C.double
	err := check(C.bnc_bench_copy(C.int(dev), C.uint64_t(n), C.int(iters), &v, &eb[0], C.int(len(eb))), &eb)
	return float64(v), err
}

// GEMV returns the median time in microseconds of one decode GEMV of rows x k
// (paired: a fused gate|up style matrix of rows/2 pairs) reading an already
// quantized input, the RMSNorm + quantization of its output row (the decode
// step's NormQuant epilogue) included.
func GEMV(dev, rows, k int, paired bool, iters int) (float64, error) {
	var eb errBuf
	var v C.double
	p := C.int(0)
	if paired {
		p = 1
	}
	err := check(C.bnc_bench_gemv(C.int(dev), C.int(rows), C.int(k), p, C.int(iters), &v, &eb[0], C.int(len(eb))), &eb)
	return float64(v), err
}

// GEMM returns the median time in microseconds of the prefill GEMM of rows x k
// against n quantized tokens, unsplit.
func GEMM(dev, rows, k, n, iters int) (float64, error) {
	us, _, err := GEMMSplit(dev, rows, k, n, 1, iters)
	return us, err
}

// GEMMSplit is GEMM with its K split into splits ranges (split-K, as a
// batched pass of at most 32 rows runs it); splits 0 takes the count such a
// pass would choose on this device, and the count used is returned.
func GEMMSplit(dev, rows, k, n, splits, iters int) (float64, int, error) {
	var eb errBuf
	var v C.double
	var used C.int
	err := check(C.bnc_bench_gemm(C.int(dev), C.int(rows), C.int(k), C.int(n), C.int(splits), C.int(iters), &v, &used, &eb[0], C.int(len(eb))), &eb)
	return float64(v), int(used), err
}

// Head returns the median time in microseconds of the F16 output head GEMV
// (rows x k, one token, fused RMSNorm).
func Head(dev, rows, k, iters int) (float64, error) {
	var eb errBuf
	var v C.double
	err := check(C.bnc_bench_head(C.int(dev), C.int(rows), C.int(k), C.int(iters), &v, &eb[0], C.int(len(eb))), &eb)
	return float64(v), err
}
