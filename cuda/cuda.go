// Package cuda is the NVIDIA GPU backend: the whole BitNet forward pass on one
// GPU, ternary weights kept packed on the device, non-ternary math in fp32, fp16
// or bf16. It is built only with the "cuda" build tag (and `make cuda`, which
// compiles the kernels in kernels/ with nvcc); without the tag every function
// reports ErrNotBuilt so callers fall back to the CPU.
package cuda

import (
	"errors"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// ErrNotBuilt is returned by a binary built without the cuda tag.
var ErrNotBuilt = errors.New("CUDA support not built in: run `make cuda` and build with `-tags cuda`")

// ErrNoDevice is returned (wrapped) when no usable GPU or driver is present.
var ErrNoDevice = errors.New("no usable CUDA device")

// Options configures a CUDA engine.
type Options struct {
	Device int                // GPU index
	Mode   engine.NumericMode // numeric mode (bitnetcpp is CPU-only; the GPU rejects it)
	// Precision of the non-ternary math and the KV cache: "fp16" (default:
	// fast on every card), "bf16" (every card too; below compute capability
	// 8.0 its KV-cache writes round in software, slower: see Notes), or
	// "fp32", the parity mode, which reproduces the CPU's exact mode (float64
	// where it uses float64: slow on cards with 1/64-rate FP64 such as RTX,
	// L4, A10).
	Precision string
	// Context is the positions of the sessions the caller plans (0: the
	// model's context length). New fails, wrapping ErrNoDevice, when the
	// weights plus one such session's KV cache and scratch do not fit in the
	// device's free memory, so a caller choosing "auto" can fall back.
	Context int
	// Release, if set, is called during New with each model-file byte range
	// once it is on the device (the host reads it no more); the loader drops
	// it from a memory-mapped file's resident set. It is never written.
	Release func(b []byte)
}

// Device describes one GPU.
type Device struct {
	Index             int
	Name              string
	ComputeCapability string // e.g. "9.0"
	MemoryTotal       uint64 // bytes
	MemoryFree        uint64 // bytes
	DriverVersion     string
	CUDAVersion       string
}
