package gguf

import (
	"bytes"
	"encoding/binary"
	"io"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// le appends little-endian fields to a byte slice; used to hand-craft files
// independently of the Writer.
type le []byte

func (b le) u8(x uint8) le   { return append(b, x) }
func (b le) u16(x uint16) le { return binary.LittleEndian.AppendUint16(b, x) }
func (b le) u32(x uint32) le { return binary.LittleEndian.AppendUint32(b, x) }
func (b le) u64(x uint64) le { return binary.LittleEndian.AppendUint64(b, x) }
func (b le) str(s string) le { return append(b.u64(uint64(len(s))), s...) }
func (b le) pad(a int) le {
	for len(b)%a != 0 {
		b = append(b, 0)
	}
	return b
}

// rawTensor is a tensor info written verbatim, valid or not.
type rawTensor struct {
	name string
	dims []uint64
	typ  uint32
	off  uint64
}

// rawFile builds a GGUF file byte by byte so tests can produce anything,
// including what the Writer refuses to write.
type rawFile struct {
	version  uint32
	nKV      int // number of pairs encoded in kv
	kv       le  // encoded key/value pairs
	tensors  []rawTensor
	countKV  *uint64 // overrides the header's metadata count
	countTen *uint64 // overrides the header's tensor count
	align    int     // padding before the data section (default 32)
	data     []byte  // data section
}

func (r rawFile) bytes() []byte {
	b := le(Magic).u32(r.version)
	nt, nkv := uint64(len(r.tensors)), uint64(r.nKV)
	if r.countTen != nil {
		nt = *r.countTen
	}
	if r.countKV != nil {
		nkv = *r.countKV
	}
	b = b.u64(nt).u64(nkv)
	b = append(b, r.kv...)
	for _, t := range r.tensors {
		b = b.str(t.name).u32(uint32(len(t.dims)))
		for _, d := range t.dims {
			b = b.u64(d)
		}
		b = b.u32(t.typ).u64(t.off)
	}
	a := r.align
	if a == 0 {
		a = DefaultAlignment
	}
	if len(r.tensors) > 0 {
		b = b.pad(a)
	}
	return append(b, r.data...)
}

func u64p(x uint64) *uint64 { return &x }

// sampleValues returns one metadata value of every kind, including nested
// arrays and empty arrays, with no NaNs (so Interface() compares with ==).
func sampleValues(t testing.TB) []KV {
	t.Helper()
	inner1 := Int32sValue([]int32{1, -2, 3})
	inner2 := StringsValue([]string{"a", "", "ü"})
	inner3 := Float64sValue(nil)
	nested, err := ArrayValue(ValueTypeArray, []Value{inner1, inner2, inner3})
	require.NoError(t, err)
	nested2, err := ArrayValue(ValueTypeArray, []Value{nested, inner1})
	require.NoError(t, err)
	emptyNested, err := ArrayValue(ValueTypeArray, nil)
	require.NoError(t, err)
	fromScalars, err := ArrayValue(ValueTypeUint16, []Value{Uint16Value(7), Uint16Value(65535)})
	require.NoError(t, err)
	return []KV{
		{"general.architecture", StringValue("bitnet-b1.58")},
		{"t.uint8", Uint8Value(255)},
		{"t.int8", Int8Value(-128)},
		{"t.uint16", Uint16Value(65535)},
		{"t.int16", Int16Value(-32768)},
		{"t.uint32", Uint32Value(math.MaxUint32)},
		{"t.int32", Int32Value(math.MinInt32)},
		{"t.float32", Float32Value(-1.5e-5)},
		{"t.bool.true", BoolValue(true)},
		{"t.bool.false", BoolValue(false)},
		{"t.string", StringValue("héllo\x00world")},
		{"t.string.empty", StringValue("")},
		{"t.uint64", Uint64Value(math.MaxUint64)},
		{"t.int64", Int64Value(math.MinInt64)},
		{"t.float64", Float64Value(math.Inf(-1))},
		{"a.uint8", Uint8sValue([]uint8{0, 1, 255})},
		{"a.int8", Int8sValue([]int8{-128, 0, 127})},
		{"a.uint16", Uint16sValue([]uint16{0, 65535})},
		{"a.int16", Int16sValue([]int16{-32768, 32767})},
		{"a.uint32", Uint32sValue([]uint32{0, math.MaxUint32})},
		{"a.int32", Int32sValue([]int32{math.MinInt32, 0, math.MaxInt32})},
		{"a.float32", Float32sValue([]float32{1, -0.5, float32(math.Inf(1))})},
		{"a.bool", BoolsValue([]bool{true, false, true})},
		{"a.string", StringsValue([]string{"tok", "", "<|eot_id|>", "ĠHello"})},
		{"a.uint64", Uint64sValue([]uint64{math.MaxUint64})},
		{"a.int64", Int64sValue([]int64{math.MinInt64, -1})},
		{"a.float64", Float64sValue([]float64{math.Pi, 0})},
		{"a.empty", Int32sValue(nil)},
		{"a.nested", nested},
		{"a.nested2", nested2},
		{"a.nested.empty", emptyNested},
		{"a.from_scalars", fromScalars},
	}
}

// sampleDims returns small valid dimensions for a tensor of type t.
func sampleDims(t Type) []uint64 {
	switch t {
	case TypeTL2:
		return []uint64{256 + 96, 4}
	case TypeI2_S, TypeTL1:
		return []uint64{128, 3}
	case TypeQ2_0:
		// Large enough (n/64 bytes of difference >= the alignment, up to the
		// 4096 the tests use) for the reader to tell the 64-value layout
		// from the 128-value one.
		return []uint64{64 * 4096, 1}
	}
	if bs := t.BlockSize(); bs > 1 {
		return []uint64{2 * bs, 3}
	}
	return []uint64{5, 3, 2}
}

// knownTypes lists every Type the package knows.
func knownTypes() []Type {
	var out []Type
	for i := range 64 {
		if Type(i).Known() {
			out = append(out, Type(i))
		}
	}
	return out
}

// randomBytes returns n deterministic pseudo-random bytes.
func randomBytes(seed uint64, n uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 42))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// sampleWriter returns a Writer with every value kind and one tensor of
// every known type, plus the tensor bytes by name.
func sampleWriter(t testing.TB) (*Writer, map[string][]byte) {
	t.Helper()
	w := NewWriter()
	for _, kv := range sampleValues(t) {
		w.Set(kv.Key, kv.Value)
	}
	data := map[string][]byte{}
	for i, typ := range knownTypes() {
		dims := sampleDims(typ)
		size, err := TensorBytes(typ, dims)
		require.NoError(t, err, typ)
		name := "tensor." + typ.String()
		b := randomBytes(uint64(i), size)
		data[name] = b
		if i%2 == 0 {
			require.NoError(t, w.AddTensor(name, typ, dims, b))
		} else {
			// Write in odd-sized pieces, as a streaming producer would.
			require.NoError(t, w.AddTensorFunc(name, typ, dims, func(out io.Writer) error {
				for p := 0; p < len(b); p += 7 {
					if _, err := out.Write(b[p:min(p+7, len(b))]); err != nil {
						return err
					}
				}
				return nil
			}))
		}
	}
	return w, data
}

// writeBytes serializes w.
func writeBytes(t testing.TB, w *Writer) []byte {
	t.Helper()
	var buf bytes.Buffer
	n, err := w.WriteTo(&buf)
	require.NoError(t, err)
	require.Equal(t, int64(buf.Len()), n)
	return buf.Bytes()
}
