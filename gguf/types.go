package gguf

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// Type is a ggml tensor type id as stored in a GGUF tensor info.
type Type uint32

// Tensor type ids. The values are ggml's (ggml.h, enum ggml_type); ids 36-39
// exist only in bitnet.cpp's llama.cpp fork (upstream llama.cpp has retired or
// reused them).
const (
	TypeF32     Type = 0
	TypeF16     Type = 1
	TypeQ4_0    Type = 2
	TypeQ4_1    Type = 3
	TypeQ5_0    Type = 6
	TypeQ5_1    Type = 7
	TypeQ8_0    Type = 8
	TypeQ8_1    Type = 9
	TypeQ2_K    Type = 10
	TypeQ3_K    Type = 11
	TypeQ4_K    Type = 12
	TypeQ5_K    Type = 13
	TypeQ6_K    Type = 14
	TypeQ8_K    Type = 15
	TypeIQ2_XXS Type = 16
	TypeIQ2_XS  Type = 17
	TypeIQ3_XXS Type = 18
	TypeIQ1_S   Type = 19
	TypeIQ4_NL  Type = 20
	TypeIQ3_S   Type = 21
	TypeIQ2_S   Type = 22
	TypeIQ4_XS  Type = 23
	TypeI8      Type = 24
	TypeI16     Type = 25
	TypeI32     Type = 26
	TypeI64     Type = 27
	TypeF64     Type = 28
	TypeIQ1_M   Type = 29
	TypeBF16    Type = 30
	// Q4_0 interleaved layouts; known to bitnet.cpp's fork, removed upstream.
	TypeQ4_0_4_4 Type = 31
	TypeQ4_0_4_8 Type = 32
	TypeQ4_0_8_8 Type = 33
	TypeTQ1_0    Type = 34
	TypeTQ2_0    Type = 35
	// bitnet.cpp fork only.
	TypeI2_S Type = 36
	TypeI8_S Type = 37
	TypeTL1  Type = 38
	TypeTL2  Type = 39
	// Upstream llama.cpp's 2-bit type (groups of 64, F16 scale), which
	// PrismML's Ternary-Bonsai models use. Ids 39-41 mean different types
	// upstream (MXFP4, NVFP4, Q1_0) and in bitnet.cpp's fork; 42 is free in
	// the fork.
	TypeQ2_0 Type = 42
	// PrismML's llama.cpp fork's Q2_0 with groups of 128 (34-byte blocks).
	// Its current sources give it id 142; its earlier published files
	// (Ternary-Bonsai-*-Q2_0.gguf) store the same layout under id 42, which
	// the reader tells apart by the tensors' data spans and reports as this
	// type (see q2_0.go).
	TypeQ2_0G128 Type = 142
)

// typeTraits mirrors ggml's type_traits: elements per block and bytes per block.
type typeTraits struct {
	name      string
	blockSize uint64
	typeSize  uint64
}

// traits is indexed by Type; a zero entry means "not a known type".
var traits = [...]typeTraits{
	TypeF32:      {"F32", 1, 4},
	TypeF16:      {"F16", 1, 2},
	TypeQ4_0:     {"Q4_0", 32, 18},
	TypeQ4_1:     {"Q4_1", 32, 20},
	TypeQ5_0:     {"Q5_0", 32, 22},
	TypeQ5_1:     {"Q5_1", 32, 24},
	TypeQ8_0:     {"Q8_0", 32, 34},
	TypeQ8_1:     {"Q8_1", 32, 36},
	TypeQ2_K:     {"Q2_K", 256, 84},
	TypeQ3_K:     {"Q3_K", 256, 110},
	TypeQ4_K:     {"Q4_K", 256, 144},
	TypeQ5_K:     {"Q5_K", 256, 176},
	TypeQ6_K:     {"Q6_K", 256, 210},
	TypeQ8_K:     {"Q8_K", 256, 292},
	TypeIQ2_XXS:  {"IQ2_XXS", 256, 66},
	TypeIQ2_XS:   {"IQ2_XS", 256, 74},
	TypeIQ3_XXS:  {"IQ3_XXS", 256, 98},
	TypeIQ1_S:    {"IQ1_S", 256, 50},
	TypeIQ4_NL:   {"IQ4_NL", 32, 18},
	TypeIQ3_S:    {"IQ3_S", 256, 110},
	TypeIQ2_S:    {"IQ2_S", 256, 82},
	TypeIQ4_XS:   {"IQ4_XS", 256, 136},
	TypeI8:       {"I8", 1, 1},
	TypeI16:      {"I16", 1, 2},
	TypeI32:      {"I32", 1, 4},
	TypeI64:      {"I64", 1, 8},
	TypeF64:      {"F64", 1, 8},
	TypeIQ1_M:    {"IQ1_M", 256, 56},
	TypeBF16:     {"BF16", 1, 2},
	TypeQ4_0_4_4: {"Q4_0_4_4", 32, 18},
	TypeQ4_0_4_8: {"Q4_0_4_8", 32, 18},
	TypeQ4_0_8_8: {"Q4_0_8_8", 32, 18},
	TypeTQ1_0:    {"TQ1_0", 256, 54},
	TypeTQ2_0:    {"TQ2_0", 256, 66},
	// The fork declares these with block 1 / size 1 and special-cases the whole
	// tensor size in ggml_nbytes; see TensorBytes.
	TypeI2_S:     {"I2_S", 1, 1},
	TypeI8_S:     {"I8_S", 1, 1},
	TypeTL1:      {"TL1", 1, 1},
	TypeTL2:      {"TL2", 1, 1},
	TypeQ2_0:     {"Q2_0", 64, 18},
	TypeQ2_0G128: {"Q2_0_G128", 128, 34},
}

// MaxDims is the largest number of dimensions a ggml tensor has.
const MaxDims = 4

func (t Type) traits() (typeTraits, bool) {
	if uint64(t) >= uint64(len(traits)) || traits[t].blockSize == 0 {
		return typeTraits{}, false
	}
	return traits[t], true
}

// Known reports whether t is a tensor type this package knows the size of.
func (t Type) Known() bool {
	_, ok := t.traits()
	return ok
}

// String returns ggml's name of the type in upper case ("F32", "I2_S",
// "TQ2_0"), or "type(N)" for an unknown id.
func (t Type) String() string {
	if tr, ok := t.traits(); ok {
		return tr.name
	}
	return "type(" + strconv.FormatUint(uint64(t), 10) + ")"
}

// BlockSize returns the number of elements in one block of t (1 for scalar
// types and for the fork's I2_S, I8_S, TL1 and TL2), or 0 if t is unknown.
func (t Type) BlockSize() uint64 {
	tr, _ := t.traits()
	return tr.blockSize
}

// BlockBytes returns the bytes of one block of t, or 0 if t is unknown. For
// I2_S, TL1 and TL2 the size of a whole tensor is not a multiple of it; use
// TensorBytes.
func (t Type) BlockBytes() uint64 {
	tr, _ := t.traits()
	return tr.typeSize
}

// ParseType returns the type named s, ignoring case ("q4_k", "I2_S").
func ParseType(s string) (Type, error) {
	for i, tr := range traits {
		if tr.blockSize != 0 && strings.EqualFold(tr.name, s) {
			return Type(i), nil
		}
	}
	return 0, fmt.Errorf("gguf: unknown tensor type %q", s)
}

// Elements returns the product of dims, or an error when a dimension is zero
// or the product exceeds ggml's int64 element count.
func Elements(dims []uint64) (uint64, error) {
	if len(dims) > MaxDims {
		return 0, fmt.Errorf("gguf: %d dimensions, at most %d allowed", len(dims), MaxDims)
	}
	n := uint64(1)
	for i, d := range dims {
		if d == 0 {
			return 0, fmt.Errorf("gguf: dimension %d is 0", i)
		}
		hi, lo := bits.Mul64(n, d)
		if hi != 0 || lo > math.MaxInt64 {
			return 0, fmt.Errorf("gguf: element count of dims %v overflows int64", dims)
		}
		n = lo
	}
	return n, nil
}

// TensorBytes returns the byte size of a tensor of type t with the given
// dimensions (ne0 first), computed as ggml_nbytes in bitnet.cpp's fork does:
//   - block types: ne0 must be a multiple of the block size; bytes = n/block*blockBytes;
//   - I2_S and TL1: n/4 + 32 (2 bits per weight plus a 32-byte scale tail);
//   - I8_S: n;
//   - TL2: ((ne0-256)*ne1/3*5/8 + 256*ne1/2*4/8) rounded up to 32, plus 32,
//     where ne1 is the product of all dimensions after the first (the fork
//     reads ne[1] only; they agree for tensors of at most 2 dimensions). TL2
//     requires ne0 >= 256.
//
// Every step is overflow-checked; an unknown type is an error.
func TensorBytes(t Type, dims []uint64) (uint64, error) {
	tr, ok := t.traits()
	if !ok {
		return 0, fmt.Errorf("gguf: unknown tensor type id %d", uint32(t))
	}
	n, err := Elements(dims)
	if err != nil {
		return 0, err
	}
	ne0 := uint64(1)
	if len(dims) > 0 {
		ne0 = dims[0]
	}
	switch t {
	case TypeI2_S, TypeTL1:
		return n/4 + 32, nil
	case TypeI8_S:
		return n, nil
	case TypeTL2:
		if ne0 < 256 {
			return 0, fmt.Errorf("gguf: TL2 tensor needs ne0 >= 256, have %d", ne0)
		}
		ne1 := n / ne0
		// n <= MaxInt64 bounds both products, so none of this overflows.
		b := (ne0-256)*ne1/3*5/8 + 256*ne1/2*4/8
		if r := b % 32; r != 0 {
			b += 32 - r
		}
		return b + 32, nil
	}
	if ne0%tr.blockSize != 0 {
		return 0, fmt.Errorf("gguf: %s tensor: ne0 = %d is not a multiple of the block size %d", t, ne0, tr.blockSize)
	}
	hi, lo := bits.Mul64(n/tr.blockSize, tr.typeSize)
	if hi != 0 || lo > math.MaxInt64 {
		return 0, fmt.Errorf("gguf: %s tensor of %d elements: byte size overflows", t, n)
	}
	return lo, nil
}
