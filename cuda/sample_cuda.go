//go:build cuda

package cuda

/*
#include "bitnet_cuda.h"
*/
import "C"

import (
	"context"
	"errors"
	"fmt"
	"runtime"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// GPU-side sampling (kernels/sample.cu): a decode step that ends in the
// sampled token id, so 16 bytes cross PCIe per token instead of the logits.

var _ engine.DeviceSampler = (*State)(nil)

func cSampleParams(p engine.SampleParams) C.bnc_sample_params {
	c := C.bnc_sample_params{
		temperature: C.double(p.Temperature), top_p: C.double(p.TopP), log_min_p: C.double(p.LogMinP),
		u: C.double(p.U), top_k: C.int32_t(p.TopK),
	}
	if p.MinP {
		c.min_p = 1
	}
	return c
}

func goSampleResult(r C.bnc_sample_result) engine.SampleResult {
	return engine.SampleResult{
		ID: int32(r.id), Drew: r.status == C.BNC_SAMPLE_DREW, Host: r.status == C.BNC_SAMPLE_HOST,
		BadIndex: int(r.bad), BadValue: float32(r.bad_value),
	}
}

// SamplesOnDevice reports whether the device sampler handles the model's
// vocabulary (up to 524,288 tokens).
func (s *State) SamplesOnDevice() bool { return C.bnc_sample_supported(C.int(s.e.vocab)) != 0 }

// ForwardSample runs token at position Len() and samples the next token from
// its logits on the device.
func (s *State) ForwardSample(ctx context.Context, token int32, p engine.SampleParams) (engine.SampleResult, error) {
	switch {
	case s.closed:
		return engine.SampleResult{}, errors.New("cuda: state is closed")
	case s.e.h.p == nil:
		return engine.SampleResult{}, errors.New("cuda: engine is closed")
	case s.pos+1 > s.max:
		return engine.SampleResult{}, &engine.ContextFullError{Have: s.pos, Add: 1, Max: s.max}
	case token < 0 || int(token) >= s.e.vocab:
		return engine.SampleResult{}, fmt.Errorf("cuda: token %d is outside the vocabulary [0, %d)", token, s.e.vocab)
	case !s.SamplesOnDevice():
		return engine.SampleResult{}, fmt.Errorf("cuda: the device sampler does not handle a vocabulary of %d", s.e.vocab)
	}
	if err := ctx.Err(); err != nil {
		return engine.SampleResult{}, err
	}
	cp := cSampleParams(p)
	var r C.bnc_sample_result
	if rc := C.bnc_state_forward_sample(s.h.p, C.int32_t(token), C.int(s.pos), &cp, &r); rc != C.BNC_OK {
		return engine.SampleResult{}, fmt.Errorf("cuda: forward: %w", statusError(rc, C.GoString(C.bnc_state_error(s.h.p))))
	}
	s.pos++
	return goSampleResult(r), nil
}

// LastLogits copies the logits of the last ForwardSample, or of the state's
// last device-sampled row of a ForwardBatch, into dst.
func (s *State) LastLogits(dst []float32) error {
	if s.closed || s.e.h.p == nil {
		return errors.New("cuda: state or engine is closed")
	}
	if len(dst) < s.e.vocab {
		return fmt.Errorf("cuda: logits buffer holds %d floats, need %d", len(dst), s.e.vocab)
	}
	if rc := C.bnc_state_last_logits(s.h.p, cFloats(dst)); rc != C.BNC_OK {
		return fmt.Errorf("cuda: logits: %w", statusError(rc, C.GoString(C.bnc_state_error(s.h.p))))
	}
	runtime.KeepAlive(dst)
	return nil
}

// kernelSample runs the device sampler on host logits (for the tests).
func kernelSample(dev int, logits []float32, p engine.SampleParams) (engine.SampleResult, error) {
	if len(logits) == 0 {
		return engine.SampleResult{}, errors.New("kernelSample: no logits")
	}
	cp := cSampleParams(p)
	var r C.bnc_sample_result
	var eb errBuf
	rc := C.bnc_test_sample(C.int(dev), cFloats(logits), C.int(len(logits)), &cp, &r, eb.ptr(), eb.len())
	runtime.KeepAlive(logits)
	if rc != C.BNC_OK {
		return engine.SampleResult{}, statusError(rc, eb.String())
	}
	return goSampleResult(r), nil
}

// kernelExp runs the device sampler's exp on x (for the tests).
func kernelExp(dev int, x []float64) ([]float64, error) {
	if len(x) == 0 {
		return nil, errors.New("kernelExp: no input")
	}
	out := make([]float64, len(x))
	var eb errBuf
	rc := C.bnc_test_exp(C.int(dev), (*C.double)(&x[0]), C.int(len(x)), (*C.double)(&out[0]), eb.ptr(), eb.len())
	runtime.KeepAlive(x)
	if rc != C.BNC_OK {
		return nil, statusError(rc, eb.String())
	}
	return out, nil
}
