//go:build cuda

package cuda

/*
#include "bitnet_cuda.h"
*/
import "C"

import (
	"encoding/binary"
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

// quantRow is one row normalized and quantized on the device: int8 codes,
// scale and sum (what quant.QuantizeActivations returns).
type quantRow struct {
	q     []int8
	scale float32
	sum   int32
}

func cInt8s(x []int8) *C.int8_t { return (*C.int8_t)(unsafe.Pointer(&x[0])) }

// kernelMatmul runs RMSNorm + int8 quantization + the ternary matmul of n
// rows on the device: path 0 is the decode GEMV, 1 the prefill GEMM, 2..8 the
// GEMM split into that many K ranges (split-K); act < 0
// gives rows outputs per row, act >= 0 the paired gate|up epilogue. With
// nextNorm (path 0 only) the GEMV's epilogue also normalizes and quantizes its
// output row, returned as next.
func kernelMatmul(dev int, codes []byte, rows, k int, ws, os float32, x []float32, n int, normw []float32, eps float32,
	exact bool, path, act int, nextNorm []float32) (out, ascale []float32, asum []int32, next quantRow, err error) {
	cols := rows
	if act >= 0 {
		cols = rows / 2
	}
	if len(codes) != rows*k/4 || len(x) != n*k || len(normw) != k || n < 1 || (nextNorm != nil && len(nextNorm) != cols) {
		return nil, nil, nil, next, errors.New("kernelMatmul: bad sizes")
	}
	out = make([]float32, n*cols)
	ascale = make([]float32, n)
	asum = make([]int32, n)
	var (
		nn *C.float
		nq *C.int8_t
	)
	if nextNorm != nil {
		next.q = make([]int8, cols)
		nn, nq = cFloats(nextNorm), cInt8s(next.q)
	}
	var eb errBuf
	rc := C.bnc_test_matmul(C.int(dev), (*C.uint8_t)(unsafe.Pointer(&codes[0])), C.int(rows), C.int(k), C.float(ws),
		C.float(os), cFloats(x), C.int(n), cFloats(normw), C.float(eps), boolInt(exact), C.int(path), C.int(act),
		cFloats(out), cFloats(ascale), (*C.int32_t)(unsafe.Pointer(&asum[0])), nn, nq,
		(*C.float)(unsafe.Pointer(&next.scale)), (*C.int32_t)(unsafe.Pointer(&next.sum)), eb.ptr(), eb.len())
	runtime.KeepAlive(codes)
	runtime.KeepAlive(nextNorm)
	if rc != C.BNC_OK {
		return nil, nil, nil, next, statusError(rc, eb.String())
	}
	return out, ascale, asum, next, nil
}

// kernelAttention runs the attention kernel for n queries at positions
// pos0..pos0+n-1 over a cache of pos0+n positions given in float32. With
// normw (n == 1 only) the decode kernel's epilogue also normalizes (eps 1e-5)
// and quantizes the output row, returned as next.
func kernelAttention(dev, cacheType int, q []float32, n, heads, kvHeads, hd int, kc, vc []float32, pos0, nsplit int,
	normw []float32) (out []float32, next quantRow, err error) {
	if len(q) != n*heads*hd || len(kc) != (pos0+n)*kvHeads*hd || len(vc) != len(kc) ||
		(normw != nil && len(normw) != heads*hd) {
		return nil, next, errors.New("kernelAttention: bad sizes")
	}
	out = make([]float32, n*heads*hd)
	var (
		nw *C.float
		nq *C.int8_t
	)
	if normw != nil {
		next.q = make([]int8, heads*hd)
		nw, nq = cFloats(normw), cInt8s(next.q)
	}
	var eb errBuf
	rc := C.bnc_test_attention(C.int(dev), C.int(cacheType), boolInt(cacheType == typeF32), cFloats(q), C.int(n),
		C.int(heads), C.int(kvHeads), C.int(hd), cFloats(kc), cFloats(vc), C.int(pos0), C.int(nsplit), cFloats(out),
		nw, nq, (*C.float)(unsafe.Pointer(&next.scale)), (*C.int32_t)(unsafe.Pointer(&next.sum)), eb.ptr(), eb.len())
	runtime.KeepAlive(normw)
	if rc != C.BNC_OK {
		return nil, next, statusError(rc, eb.String())
	}
	return out, next, nil
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

// kernelStore runs the KV cache's device store of x as typ and returns the
// stored elements' bits (float32 bits for typeF32, 16-bit codes otherwise).
func kernelStore(dev, typ int, x []float32) ([]uint32, error) {
	if len(x) == 0 {
		return nil, errors.New("kernelStore: no input")
	}
	es := 2
	if typ == typeF32 {
		es = 4
	}
	raw := make([]byte, es*len(x))
	var eb errBuf
	rc := C.bnc_test_store(C.int(dev), C.int(typ), cFloats(x), C.int(len(x)), unsafe.Pointer(&raw[0]), eb.ptr(), eb.len())
	if rc != C.BNC_OK {
		return nil, statusError(rc, eb.String())
	}
	out := make([]uint32, len(x))
	for i := range out {
		if es == 4 {
			out[i] = binary.LittleEndian.Uint32(raw[4*i:])
		} else {
			out[i] = uint32(binary.LittleEndian.Uint16(raw[2*i:]))
		}
	}
	return out, nil
}
