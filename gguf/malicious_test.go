package gguf

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// f32 returns a valid F32 tensor info of n elements at off.
func f32(name string, n, off uint64) rawTensor {
	return rawTensor{name: name, dims: []uint64{n}, typ: uint32(TypeF32), off: off}
}

func TestMaliciousInputs(t *testing.T) {
	strKV := func(key, val string) le { return le(nil).str(key).u32(uint32(ValueTypeString)).str(val) }
	tests := []struct {
		name string
		raw  []byte
		want string // substring of the error
	}{
		{"empty", nil, "not a GGUF file"},
		{"bad magic", []byte("GGML\x03\x00\x00\x00"), "not a GGUF file"},
		{"magic only", []byte("GGUF"), "truncated in version"},
		{"v1", rawFile{version: 1}.bytes(), "GGUF v1"},
		{"v0", rawFile{version: 0}.bytes(), "version 0 is not supported"},
		{"v4", rawFile{version: 4}.bytes(), "version 4 is not supported"},
		{"big-endian v3", append([]byte("GGUF\x00\x00\x00\x03"), make([]byte, 16)...), "big-endian"},
		{"big-endian v2", append([]byte("GGUF\x00\x00\x00\x02"), make([]byte, 16)...), "big-endian"},
		{"2^60 tensors", rawFile{version: 3, countTen: u64p(1 << 60), data: make([]byte, 76)}.bytes(), "tensor count 1152921504606846976 cannot fit"},
		{"2^64-1 tensors", rawFile{version: 3, countTen: u64p(math.MaxUint64)}.bytes(), "tensor count"},
		{"2^60 kvs", rawFile{version: 3, countKV: u64p(1 << 60)}.bytes(), "metadata count 1152921504606846976 cannot fit"},
		{"kv count beyond data", rawFile{version: 3, nKV: 1, countKV: u64p(2), kv: strKV("a", "b")}.bytes(), "cannot fit"},
		{"2^60-byte key", rawFile{version: 3, nKV: 1, kv: le(nil).u64(1 << 60).u32(0).u8(0)}.bytes(), "length 1152921504606846976 exceeds"},
		{"2^60-byte string", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeString)).u64(1 << 60)}.bytes(), "length 1152921504606846976 exceeds"},
		{"2^64-1-byte string", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeString)).u64(math.MaxUint64)}.bytes(), "exceeds"},
		{"2^60 array elements", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeArray)).u32(uint32(ValueTypeUint64)).u64(1 << 60)}.bytes(), "cannot fit"},
		{"2^61 uint64 elements (byte count wraps)", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeArray)).u32(uint32(ValueTypeUint64)).u64(1 << 61)}.bytes(), "cannot fit"},
		{"2^60 strings", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeArray)).u32(uint32(ValueTypeString)).u64(1 << 60)}.bytes(), "cannot fit"},
		{"huge string in array", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeArray)).u32(uint32(ValueTypeString)).u64(1).u64(1 << 62)}.bytes(), "element 0 of array \"k\": length 4611686018427387904 exceeds"},
		{"2^60 nested arrays", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeArray)).u32(uint32(ValueTypeArray)).u64(1 << 60)}.bytes(), "cannot fit"},
		{"nesting too deep", rawFile{version: 3, nKV: 1, kv: deepArray(MaxArrayDepth + 1)}.bytes(), "nested deeper than 8"},
		{"unknown value type", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(13).u8(0)}.bytes(), `key "k": unknown value type 13`},
		{"unknown array element type", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeArray)).u32(99).u64(0)}.bytes(), "unknown array element type 99"},
		{"bad bool", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeBool)).u8(2)}.bytes(), "invalid bool"},
		{"bad bool in array", rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeArray)).u32(uint32(ValueTypeBool)).u64(2).u8(1).u8(7)}.bytes(), "element 1: invalid bool"},
		{"duplicate key", rawFile{version: 3, nKV: 2, kv: append(strKV("a", "b"), strKV("a", "c")...)}.bytes(), `duplicate metadata key "a"`},
		{"alignment not a power of two", rawFile{version: 3, nKV: 1, kv: le(nil).str(KeyAlignment).u32(uint32(ValueTypeUint32)).u32(48)}.bytes(), "not a power of two"},
		{"alignment zero", rawFile{version: 3, nKV: 1, kv: le(nil).str(KeyAlignment).u32(uint32(ValueTypeUint32)).u32(0)}.bytes(), "not a power of two"},
		{"alignment 2^31", rawFile{version: 3, nKV: 1, kv: le(nil).str(KeyAlignment).u32(uint32(ValueTypeUint32)).u32(1 << 31)}.bytes(), "not a power of two"},
		{"alignment string", rawFile{version: 3, nKV: 1, kv: strKV(KeyAlignment, "32")}.bytes(), "general.alignment has type string"},
		{"too many dims", rawFile{version: 3, tensors: []rawTensor{{name: "t", dims: []uint64{1, 1, 1, 1, 1}, typ: 0}}, data: make([]byte, 32)}.bytes(), `tensor "t": 5 dimensions`},
		{"zero dim", rawFile{version: 3, tensors: []rawTensor{{name: "t", dims: []uint64{4, 0}, typ: 0}}, data: make([]byte, 32)}.bytes(), "dimension 1 is 0"},
		{"dims overflow", rawFile{version: 3, tensors: []rawTensor{{name: "t", dims: []uint64{1 << 40, 1 << 40}, typ: 0}}, data: make([]byte, 32)}.bytes(), "overflows"},
		{"unknown tensor type", rawFile{version: 3, tensors: []rawTensor{{name: "blk.0.w", dims: []uint64{4}, typ: 99}}, data: make([]byte, 32)}.bytes(), `tensor "blk.0.w": unknown tensor type id 99`},
		{"block multiple", rawFile{version: 3, tensors: []rawTensor{{name: "q", dims: []uint64{48}, typ: uint32(TypeQ4_0)}}, data: make([]byte, 64)}.bytes(), `tensor "q"`},
		{"duplicate tensor", rawFile{version: 3, tensors: []rawTensor{f32("t", 8, 0), f32("t", 8, 32)}, data: make([]byte, 64)}.bytes(), `duplicate tensor name "t"`},
		{"misaligned offset", rawFile{version: 3, tensors: []rawTensor{f32("t", 4, 16)}, data: make([]byte, 64)}.bytes(), "not a multiple of the alignment 32"},
		{"misaligned for alignment 64", rawFile{version: 3, nKV: 1, align: 64, kv: le(nil).str(KeyAlignment).u32(uint32(ValueTypeUint32)).u32(64), tensors: []rawTensor{f32("t", 4, 0), f32("u", 4, 32)}, data: make([]byte, 128)}.bytes(), `tensor "u": data offset 32 is not a multiple of the alignment 64`},
		{"data past end", rawFile{version: 3, tensors: []rawTensor{f32("t", 16, 0)}, data: make([]byte, 63)}.bytes(), "beyond the end"},
		{"offset past end", rawFile{version: 3, tensors: []rawTensor{f32("t", 1, 1<<62)}, data: make([]byte, 32)}.bytes(), "beyond the end"},
		{"offset wraps", rawFile{version: 3, tensors: []rawTensor{f32("t", 8, math.MaxUint64-31)}, data: make([]byte, 32)}.bytes(), "beyond the end"},
		{"huge tensor", rawFile{version: 3, tensors: []rawTensor{{name: "t", dims: []uint64{1 << 30, 1 << 30}, typ: uint32(TypeF64)}}, data: make([]byte, 32)}.bytes(), "overflows"},
		{"large tensor past end", rawFile{version: 3, tensors: []rawTensor{{name: "t", dims: []uint64{1 << 20, 1 << 20}, typ: uint32(TypeF32)}}, data: make([]byte, 32)}.bytes(), "beyond the end"},
		{"overlap", rawFile{version: 3, tensors: []rawTensor{f32("a", 16, 0), f32("b", 8, 32)}, data: make([]byte, 128)}.bytes(), `tensors "a" [0, 64) and "b" [32, 64) overlap`},
		{"same offset", rawFile{version: 3, tensors: []rawTensor{f32("a", 8, 64), f32("b", 8, 0), f32("c", 8, 64)}, data: make([]byte, 128)}.bytes(), "overlap"},
		{"tensor count beyond infos", rawFile{version: 3, countTen: u64p(2), tensors: []rawTensor{f32("a", 8, 0)}, data: bytes.Repeat([]byte{0xff}, 32)}.bytes(), "tensor 1 name"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := Parse(tc.raw)
			require.Error(t, err)
			assert.Nil(t, f)
			assert.Contains(t, err.Error(), tc.want)
			assert.ErrorIs(t, err, ErrFormat)
			var fe *FormatError
			require.ErrorAs(t, err, &fe)
			assert.LessOrEqual(t, fe.Offset, int64(len(tc.raw)))
		})
	}
}

func TestUnsupportedVersionSentinel(t *testing.T) {
	for _, raw := range [][]byte{rawFile{version: 1}.bytes(), rawFile{version: 7}.bytes(), append([]byte("GGUF\x00\x00\x00\x03"), make([]byte, 16)...)} {
		_, err := Parse(raw)
		assert.ErrorIs(t, err, ErrUnsupportedVersion)
	}
	_, err := Parse(rawFile{version: 3, countTen: u64p(1 << 60)}.bytes())
	assert.False(t, errors.Is(err, ErrUnsupportedVersion))
}

// deepArray encodes key "k" as arrays nested depth deep.
func deepArray(depth int) le {
	b := le(nil).str("k").u32(uint32(ValueTypeArray))
	for range depth - 1 {
		b = b.u32(uint32(ValueTypeArray)).u64(1)
	}
	return b.u32(uint32(ValueTypeUint8)).u64(1).u8(9)
}

func TestNestingAtLimit(t *testing.T) {
	f, err := Parse(rawFile{version: 3, nKV: 1, kv: deepArray(MaxArrayDepth)}.bytes())
	require.NoError(t, err)
	v, _ := f.Lookup("k")
	assert.Equal(t, "[[[[[[[[9]]]]]]]]", v.String())

	// The constructor enforces the same limit.
	v = Uint8sValue([]uint8{9})
	for range MaxArrayDepth - 1 {
		v, err = ArrayValue(ValueTypeArray, []Value{v})
		require.NoError(t, err)
	}
	_, err = ArrayValue(ValueTypeArray, []Value{v})
	assert.ErrorContains(t, err, "nested 9 deep")
}

func TestAlignedTensorsMayLeaveGaps(t *testing.T) {
	// Gaps and out-of-order offsets are valid as long as nothing overlaps.
	raw := rawFile{version: 3, tensors: []rawTensor{f32("a", 8, 96), f32("b", 8, 0)}, data: make([]byte, 128)}.bytes()
	f, err := Parse(raw)
	require.NoError(t, err)
	a, _ := f.Tensor("a")
	assert.Equal(t, uint64(96), a.Offset)
}

func TestNoTensorsNoPadding(t *testing.T) {
	// A metadata-only file may end before the aligned data offset.
	raw := rawFile{version: 3, nKV: 1, kv: le(nil).str("k").u32(uint32(ValueTypeUint8)).u8(1)}.bytes()
	require.NotZero(t, len(raw)%32)
	f, err := Parse(raw)
	require.NoError(t, err)
	assert.Empty(t, f.Tensors())
}

// TestTruncatedEverywhere cuts a small valid file at every byte offset: each
// prefix must be rejected with an error, never a panic.
func TestTruncatedEverywhere(t *testing.T) {
	w := NewWriter()
	for _, kv := range sampleValues(t) {
		w.Set(kv.Key, kv.Value)
	}
	require.NoError(t, w.AddTensor("a", TypeF32, []uint64{3}, randomBytes(1, 12)))
	require.NoError(t, w.AddTensor("b", TypeI2_S, []uint64{128, 2}, randomBytes(2, 96)))
	raw := writeBytes(t, w)
	_, err := Parse(raw)
	require.NoError(t, err)

	// The last tensor's trailing padding is not needed to read the file.
	f, _ := Parse(raw)
	b, _ := f.Tensor("b")
	needed := int(f.DataOffset() + b.Offset + b.Size)
	for n := range needed {
		_, err := Parse(raw[:n])
		require.Error(t, err, "prefix of %d bytes", n)
		require.ErrorIs(t, err, ErrFormat, "prefix of %d bytes", n)
	}
	for n := needed; n <= len(raw); n++ {
		_, err := Parse(raw[:n])
		require.NoError(t, err, "prefix of %d bytes", n)
	}
}

// TestOpenHostileFile writes a small file that claims 2^60 tensors and opens
// it in both modes.
func TestOpenHostileFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.gguf")
	raw := rawFile{version: 3, countTen: u64p(1 << 60), data: make([]byte, 76)}.bytes()
	require.Len(t, raw, 100)
	require.NoError(t, os.WriteFile(path, raw, 0o644))
	for _, mode := range []LoadMode{LoadMmap, LoadRAM} {
		_, err := Open(path, WithLoadMode(mode))
		require.ErrorIs(t, err, ErrFormat, mode)
		var pe *os.PathError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, path, pe.Path)
	}
}
