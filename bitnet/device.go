package bitnet

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/bitnet-go/bitnet-go/cpu"
	"github.com/bitnet-go/bitnet-go/cuda"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// newEngine builds the engine the options ask for. With "auto" a GPU that cannot
// be used is not an error: the CPU runs the model and fallback says why.
// release receives file bytes an engine no longer reads in bulk.
func newEngine(ctx context.Context, m *model.Model, o options, release func([]byte)) (engine.Engine, string, error) {
	cpuOpts := cpu.Options{Threads: o.threads, Mode: o.mode, Kernels: o.kernels, HeadFormat: o.headFormat, KVCache: o.kvCache, Release: release}
	if o.progress != nil {
		cpuOpts.Progress = func(done, total int) {
			o.progress(Progress{Stage: "prepare", Done: int64(done), Total: int64(total)})
		}
	}
	switch {
	case o.device == "cpu":
		e, err := cpu.New(ctx, m, cpuOpts)
		return e, "", wrapEngineErr(err)
	case o.device == "auto" && !cuda.Built():
		// A CPU-only build: nothing to fall back from.
		e, err := cpu.New(ctx, m, cpuOpts)
		return e, "", wrapEngineErr(err)
	case o.device == "auto" || o.device == "cuda" || strings.HasPrefix(o.device, "cuda:"):
		idx := 0
		if i := strings.IndexByte(o.device, ':'); i >= 0 {
			idx, _ = strconv.Atoi(o.device[i+1:])
		}
		e, err := cuda.New(ctx, m, cuda.Options{Device: idx, Mode: o.mode, Precision: o.precision, Release: release})
		if err == nil {
			return e, "", nil
		}
		if o.device != "auto" {
			return nil, "", fmt.Errorf("bitnet: device %s: %w", o.device, err)
		}
		reason := err.Error()
		o.logger.Info("using the CPU backend", "reason", reason)
		e2, err2 := cpu.New(ctx, m, cpuOpts)
		return e2, reason, wrapEngineErr(err2)
	}
	return nil, "", fmt.Errorf("bitnet: unknown device %q", o.device)
}

func wrapEngineErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("bitnet: %w", err)
}
