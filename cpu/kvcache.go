package cpu

import (
	"fmt"
	"slices"
	"strings"

	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/quant"
)

// KV cache element types (Options.KVCache).
const (
	KVCacheF32 = "f32"
	KVCacheF16 = "f16"
)

// ParseKVCache normalises a KV cache type name: "" (the numeric mode's
// default), "f32" or "f16".
func ParseKVCache(s string) (string, error) {
	switch strings.ToLower(s) {
	case "", "auto", "default":
		return "", nil
	case "f32", "fp32", "float32":
		return KVCacheF32, nil
	case "f16", "fp16", "float16":
		return KVCacheF16, nil
	}
	return "", fmt.Errorf("cpu: unknown KV cache type %q (want f32 or f16)", s)
}

// kvCacheType resolves the default: bitnetcpp mode rounds K and V to F16
// anyway (as ggml's F16 cache does), so storing them in F16 loses nothing;
// exact mode keeps float32.
func kvCacheType(name string, mode engine.NumericMode) string {
	if name != "" {
		return name
	}
	if mode.BitNetCppFamily() {
		return KVCacheF16
	}
	return KVCacheF32
}

// kvStore is one layer's keys or values: chunks of kvChunk positions x kvDim,
// in float32 or, when half, in F16. Within a chunk the values are grouped by
// KV head: head g's rows for the chunk's positions are one contiguous block
// (position-major, hd values each), so attention over one head reads memory
// front to back instead of hd values out of every kvDim. A decode step for
// many sequences reads every sequence's whole cache from DRAM (the weights
// streamed in between evict it), where strided rows ran at about a quarter of
// the hot kernels' rate (docs/PERFORMANCE.md, "The KV cache from DRAM").
//
// A clone shares its source's chunks instead of copying them (a 2,000-token
// prefix is ~300 MB at the 2B shapes): chunks marked shared are read-only in
// every store that holds them, and put copies one before its first write
// into it, so neither side ever sees the other's later positions.
type kvStore struct {
	half   bool
	f32    [][]float32
	f16    [][]uint16
	shared []bool // shared[ch]: chunk ch is also another store's (absent: owned)
}

// grow adds chunks until need chunks exist; the last one is cut at max positions.
func (c *kvStore) grow(need, max, kvDim int) {
	for ch := c.chunks(); ch < need; ch++ {
		size := min(kvChunk, max-ch*kvChunk) * kvDim
		if c.half {
			c.f16 = append(c.f16, make([]uint16, size))
		} else {
			c.f32 = append(c.f32, make([]float32, size))
		}
	}
}

func (c *kvStore) chunks() int { return max(len(c.f32), len(c.f16)) }

// put stores row (kvDim values, KV heads of hd each) at position pos, rounding
// to F16 in an F16 cache. A chunk of cap positions holds head g's rows at
// [g*cap*hd, (g+1)*cap*hd).
func (c *kvStore) put(pos, kvDim, hd int, row []float32) {
	ch, j := pos/kvChunk, pos%kvChunk
	if ch < len(c.shared) && c.shared[ch] {
		c.own(ch)
	}
	if c.half {
		block := len(c.f16[ch]) / kvDim * hd // one head's rows in this chunk
		for g := 0; g*hd < kvDim; g++ {
			dst := c.f16[ch][g*block+j*hd : g*block+(j+1)*hd]
			for i, v := range row[g*hd : (g+1)*hd] {
				dst[i] = quant.F32ToF16(v)
			}
		}
		return
	}
	block := len(c.f32[ch]) / kvDim * hd
	for g := 0; g*hd < kvDim; g++ {
		copy(c.f32[ch][g*block+j*hd:g*block+(j+1)*hd], row[g*hd:(g+1)*hd])
	}
}

// rows returns n positions from chunk start c0 (a multiple of kvChunk) of the
// head at column off (a multiple of hd): position c0+r is rows[r*stride :
// r*stride+hd]. A float32 cache is returned in place; an F16 one is widened
// into buf (n*hd floats).
func (c *kvStore) rows(c0, n, off, hd, kvDim int, buf []float32, widen func(dst []float32, src []uint16)) ([]float32, int) {
	ch := c0 / kvChunk
	if !c.half {
		block := len(c.f32[ch]) / kvDim * hd
		return c.f32[ch][off/hd*block:], hd
	}
	block := len(c.f16[ch]) / kvDim * hd
	widen(buf[:n*hd], c.f16[ch][off/hd*block:off/hd*block+n*hd])
	return buf, hd
}

// own replaces shared chunk ch by a private copy.
func (c *kvStore) own(ch int) {
	if c.half {
		c.f16[ch] = slices.Clone(c.f16[ch])
	} else {
		c.f32[ch] = slices.Clone(c.f32[ch])
	}
	c.shared[ch] = false
}

// clone returns a store holding the first n positions, of the same type and
// chunk sizes: it shares c's chunks (marking them shared in both), and each
// side copies a chunk before writing into it.
func (c *kvStore) clone(n int) kvStore {
	nch := min((n+kvChunk-1)/kvChunk, c.chunks())
	if len(c.shared) < nch {
		c.shared = append(c.shared, make([]bool, nch-len(c.shared))...)
	}
	d := kvStore{half: c.half, shared: make([]bool, nch)}
	for ch := 0; ch < nch; ch++ {
		c.shared[ch], d.shared[ch] = true, true
	}
	if c.half {
		d.f16 = slices.Clone(c.f16[:nch])
	} else {
		d.f32 = slices.Clone(c.f32[:nch])
	}
	return d
}

// widenF16Go is the portable F16 -> float32 conversion (exact).
func widenF16Go(dst []float32, src []uint16) {
	for i, h := range src {
		dst[i] = quant.F16ToF32(h)
	}
}
