package cpu

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/quant"
)

// Output-head formats for Options.HeadFormat.
const (
	// HeadNative computes the output head in the file's type (F16 for the
	// official model): exact, and 0.66 GB read per decoded token at 2B size.
	HeadNative = "native"
	// HeadQ8_0 repacks the head to Q8_0 at load (34 bytes per 32 weights,
	// 0.35 GB at 2B size). Opt-in: it changes the logits slightly.
	HeadQ8_0 = "q8_0"
	// HeadQ6_K repacks the head to Q6_K at load (210 bytes per 256 weights,
	// 0.27 GB at 2B size). Opt-in: it changes the logits slightly.
	HeadQ6_K = "q6_k"
)

// ParseHeadFormat normalises a head format name ("", "native", "f16" ->
// HeadNative; "q8_0"; "q6_k").
func ParseHeadFormat(s string) (string, error) {
	switch strings.ToLower(strings.ReplaceAll(s, "-", "_")) {
	case "", "native", "f16", "file":
		return HeadNative, nil
	case "q8_0", "q8":
		return HeadQ8_0, nil
	case "q6_k", "q6k":
		return HeadQ6_K, nil
	}
	return "", fmt.Errorf("cpu: unknown output-head format %q (want native, q8_0 or q6_k)", s)
}

// repackHead quantizes every row of src to Q8_0 or Q6_K, using threads goroutines.
func repackHead(ctx context.Context, src *embedMatrix, format string, threads int) (*embedMatrix, error) {
	var typ gguf.Type
	var rowB int
	var enc func([]byte, []float32) ([]byte, error)
	switch format {
	case HeadQ8_0:
		if src.dim%32 != 0 {
			return nil, fmt.Errorf("cpu: %s: Q8_0 head needs a row length divisible by 32, have %d", src.name, src.dim)
		}
		typ, rowB, enc = gguf.TypeQ8_0, quant.Q8Size(src.dim), quant.AppendQ8_0
	case HeadQ6_K:
		if src.dim%256 != 0 {
			return nil, fmt.Errorf("cpu: %s: Q6_K head needs a row length divisible by 256, have %d", src.name, src.dim)
		}
		typ, rowB, enc = gguf.TypeQ6_K, quant.Q6KSize(src.dim), quant.AppendQ6K
	default:
		return nil, fmt.Errorf("cpu: unknown output-head format %q", format)
	}
	if src.typ == typ {
		return src, nil
	}
	dst := &embedMatrix{name: src.name + " (" + typ.String() + ")", typ: typ, rows: src.rows, dim: src.dim, rowB: rowB,
		data: make([]byte, rowB*src.rows)}
	threads = max(threads, 1)
	var wg sync.WaitGroup
	errs := make([]error, threads)
	per := (src.rows + threads - 1) / threads
	for p := 0; p < threads; p++ {
		lo, hi := p*per, min((p+1)*per, src.rows)
		wg.Add(1)
		go func(p, lo, hi int) {
			defer wg.Done()
			row := make([]float32, src.dim)
			for r := lo; r < hi; r++ {
				if r%1024 == 0 {
					if err := ctx.Err(); err != nil {
						errs[p] = err
						return
					}
				}
				if err := src.row(r, row); err != nil {
					errs[p] = err
					return
				}
				// Encoded in place: no garbage per row (the head is ~0.3 GB).
				if _, err := enc(dst.data[r*rowB:r*rowB:(r+1)*rowB], row); err != nil {
					errs[p] = fmt.Errorf("cpu: %s row %d: %w", src.name, r, err)
					return
				}
			}
		}(p, lo, hi)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return dst, nil
}
