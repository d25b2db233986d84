//go:build cuda

package cuda

/*
#include "bitnet_cuda.h"
*/
import "C"

import (
	"errors"
	"runtime"
	"unsafe"
)

// Kernel-level entry points for the tests (cgo is not allowed in _test files).

func boolInt(b bool) C.int {
	if b {
		return 1
	}
	return 0
}

// kernelMatmul runs RMSNorm + int8 quantization + the ternary matmul of n
// rows on the device: path 0 is the decode GEMV, 1 the prefill GEMM; act < 0
// gives rows outputs per row, act >= 0 the paired gate|up epilogue.
func kernelMatmul(dev int, codes []byte, rows, k int, ws, os float32, x []float32, n int, normw []float32, eps float32,
	exact bool, path, act int) (out, ascale []float32, asum []int32, err error) {
	cols := rows
	if act >= 0 {
		cols = rows / 2
	}
	if len(codes) != rows*k/4 || len(x) != n*k || len(normw) != k || n < 1 {
		return nil, nil, nil, errors.New("kernelMatmul: bad sizes")
	}
	out = make([]float32, n*cols)
	ascale = make([]float32, n)
	asum = make([]int32, n)
	var eb errBuf
	rc := C.bnc_test_matmul(C.int(dev), (*C.uint8_t)(unsafe.Pointer(&codes[0])), C.int(rows), C.int(k), C.float(ws),
		C.float(os), cFloats(x), C.int(n), cFloats(normw), C.float(eps), boolInt(exact), C.int(path), C.int(act),
		cFloats(out), cFloats(ascale), (*C.int32_t)(unsafe.Pointer(&asum[0])), eb.ptr(), eb.len())
	runtime.KeepAlive(codes)
	if rc != C.BNC_OK {
		return nil, nil, nil, statusError(rc, eb.String())
	}
	return out, ascale, asum, nil
}

// kernelAttention runs the attention kernel for n queries at positions
// pos0..pos0+n-1 over a cache of pos0+n positions given in float32.
func kernelAttention(dev, cacheType int, q []float32, n, heads, kvHeads, hd int, kc, vc []float32, pos0, nsplit int) ([]float32, error) {
	if len(q) != n*heads*hd || len(kc) != (pos0+n)*kvHeads*hd || len(vc) != len(kc) {
		return nil, errors.New("kernelAttention: bad sizes")
	}
	out := make([]float32, n*heads*hd)
	var eb errBuf
	rc := C.bnc_test_attention(C.int(dev), C.int(cacheType), boolInt(cacheType == typeF32), cFloats(q), C.int(n),
		C.int(heads), C.int(kvHeads), C.int(hd), cFloats(kc), cFloats(vc), C.int(pos0), C.int(nsplit), cFloats(out),
		eb.ptr(), eb.len())
	if rc != C.BNC_OK {
		return nil, statusError(rc, eb.String())
	}
	return out, nil
}

// kernelHead runs the output head (fused RMSNorm) for n rows.
func kernelHead(dev, wtype int, w []byte, rows, k int, x []float32, n int, normw []float32, eps float32, exact bool) ([]float32, error) {
	if len(x) != n*k || len(normw) != k || len(w) == 0 {
		return nil, errors.New("kernelHead: bad sizes")
	}
	out := make([]float32, n*rows)
	var eb errBuf
	rc := C.bnc_test_head(C.int(dev), C.int(wtype), unsafe.Pointer(&w[0]), C.int(rows), C.int(k), cFloats(x), C.int(n),
		cFloats(normw), C.float(eps), boolInt(exact), cFloats(out), eb.ptr(), eb.len())
	runtime.KeepAlive(w)
	if rc != C.BNC_OK {
		return nil, statusError(rc, eb.String())
	}
	return out, nil
}
