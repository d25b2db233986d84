package gguf

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/internal/outfile"
)

func TestRoundTripAllValuesAndTypes(t *testing.T) {
	for _, align := range []uint64{DefaultAlignment, 64, 1, 4096} {
		t.Run("align"+itoa(align), func(t *testing.T) {
			w, data := sampleWriter(t)
			require.NoError(t, w.SetAlignment(align))
			raw := writeBytes(t, w)
			f, err := Parse(raw)
			require.NoError(t, err)
			defer f.Close()

			assert.Equal(t, uint32(3), f.Version())
			assert.Equal(t, align, f.Alignment())
			assert.Equal(t, LoadMemory, f.LoadMode())
			assert.Zero(t, f.DataOffset()%align)
			assert.Equal(t, int64(len(raw)), f.Size())

			// Metadata in insertion order, general.alignment appended by SetAlignment.
			want := sampleValues(t)
			if align != DefaultAlignment {
				want = append(want, KV{KeyAlignment, Uint32Value(uint32(align))})
			}
			got := f.Metadata()
			require.Len(t, got, len(want))
			for i := range want {
				assert.Equal(t, want[i].Key, got[i].Key)
				assert.Equal(t, want[i].Value.Type(), got[i].Value.Type(), want[i].Key)
				assert.Equal(t, want[i].Value.Interface(), got[i].Value.Interface(), want[i].Key)
				assert.Equal(t, want[i].Value.String(), got[i].Value.String(), want[i].Key)
			}

			tensors := f.Tensors()
			require.Len(t, tensors, len(knownTypes()))
			for i, typ := range knownTypes() {
				ti := tensors[i]
				assert.Equal(t, "tensor."+typ.String(), ti.Name)
				assert.Equal(t, typ, ti.Type)
				assert.Equal(t, sampleDims(typ), ti.Dims)
				assert.Zero(t, ti.Offset%align, ti.Name)
				b, err := f.TensorData(ti.Name)
				require.NoError(t, err)
				assert.Equal(t, data[ti.Name], b, ti.Name)
				assert.Equal(t, int(ti.Size), len(b))
				assert.Equal(t, cap(b), len(b), "capacity is limited so appends cannot clobber the next tensor")
				// Padding between tensors is zero.
				end := f.DataOffset() + ti.Offset + ti.Size
				for p := end; p < alignUp(end, align) && p < uint64(len(raw)); p++ {
					require.Zero(t, raw[p], "padding byte %d", p)
				}
			}
			// The file ends with the last tensor's padding.
			last := tensors[len(tensors)-1]
			assert.Equal(t, alignUp(f.DataOffset()+last.Offset+last.Size, align), uint64(len(raw)))
		})
	}
}

func itoa(x uint64) string { return Uint64Value(x).String() }

func TestWriterOffsetsMatchTensors(t *testing.T) {
	w, _ := sampleWriter(t)
	require.NoError(t, w.SetAlignment(64))
	f, err := Parse(writeBytes(t, w))
	require.NoError(t, err)
	assert.Equal(t, w.Tensors(), f.Tensors())
}

func TestFloatBitsRoundTrip(t *testing.T) {
	nan32 := math.Float32frombits(0x7fc00123)
	nan64 := math.Float64frombits(0x7ff8000000000abc)
	w := NewWriter()
	w.Set("f32", Float32Value(nan32))
	w.Set("f64", Float64Value(nan64))
	w.Set("negzero", Float32Value(float32(math.Copysign(0, -1))))
	w.Set("a", Float32sValue([]float32{nan32}))
	f, err := Parse(writeBytes(t, w))
	require.NoError(t, err)
	v, _ := f.Lookup("f32")
	assert.Equal(t, uint32(0x7fc00123), math.Float32bits(v.Interface().(float32)))
	v, _ = f.Lookup("f64")
	assert.Equal(t, uint64(0x7ff8000000000abc), math.Float64bits(v.Interface().(float64)))
	v, _ = f.Lookup("negzero")
	assert.Equal(t, uint32(0x80000000), math.Float32bits(v.Interface().(float32)))
	a, err := f.Float32s("a")
	require.NoError(t, err)
	assert.Equal(t, uint32(0x7fc00123), math.Float32bits(a[0]))
}

// TestReadV2 hand-writes a GGUF v2 file (no Writer involved).
func TestReadV2(t *testing.T) {
	kv := le(nil).
		str("general.architecture").u32(uint32(ValueTypeString)).str("llama").
		str("n.u8").u32(uint32(ValueTypeUint8)).u8(200).
		str("n.i16").u32(uint32(ValueTypeInt16)).u16(uint16(0xfffe)).
		str("n.f32").u32(uint32(ValueTypeFloat32)).u32(math.Float32bits(0.25)).
		str("n.b").u32(uint32(ValueTypeBool)).u8(1).
		str("tok").u32(uint32(ValueTypeArray)).u32(uint32(ValueTypeString)).u64(3).str("a").str("").str("bc").
		str("nest").u32(uint32(ValueTypeArray)).u32(uint32(ValueTypeArray)).u64(2).
		u32(uint32(ValueTypeInt32)).u64(2).u32(7).u32(0xffffffff).
		u32(uint32(ValueTypeUint64)).u64(0)
	data := le(nil).u32(math.Float32bits(1)).u32(math.Float32bits(2)).pad(32).u16(0x3c00).u16(0x4000).u16(0).u16(0)
	raw := rawFile{
		version: 2, nKV: 7, kv: kv,
		tensors: []rawTensor{
			{name: "a", dims: []uint64{2}, typ: uint32(TypeF32), off: 0},
			{name: "b", dims: []uint64{2, 2}, typ: uint32(TypeF16), off: 32},
		},
		data: data,
	}.bytes()
	f, err := Parse(raw)
	require.NoError(t, err)
	assert.Equal(t, uint32(2), f.Version())
	s, err := f.String("general.architecture")
	require.NoError(t, err)
	assert.Equal(t, "llama", s)
	u, err := f.Uint32("n.u8")
	require.NoError(t, err)
	assert.Equal(t, uint32(200), u)
	i, err := f.Int("n.i16")
	require.NoError(t, err)
	assert.Equal(t, int64(-2), i)
	x, err := f.Float32("n.f32")
	require.NoError(t, err)
	assert.Equal(t, float32(0.25), x)
	b, err := f.Bool("n.b")
	require.NoError(t, err)
	assert.True(t, b)
	toks, err := f.Strings("tok")
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "", "bc"}, toks)
	nest, _ := f.Lookup("nest")
	require.Equal(t, 2, nest.Len())
	e0, _ := nest.Index(0)
	assert.Equal(t, []int32{7, -1}, e0.Interface())
	e1, _ := nest.Index(1)
	assert.Equal(t, []uint64{}, e1.Interface())
	assert.Equal(t, `[[7, -1], []]`, nest.String())

	ta, err := f.TensorData("a")
	require.NoError(t, err)
	assert.Equal(t, []byte(data[:8]), ta)
	tb, err := f.TensorData("b")
	require.NoError(t, err)
	assert.Equal(t, []byte(data[32:40]), tb)
	assert.Equal(t, uint64(len(raw)-len(data)), f.DataOffset())
}

// TestRealFileByteIdentical reads a file written by bitnet.cpp's own
// llama-quantize and writes it back: the Writer must reproduce it exactly,
// which shows that it lays files out as llama.cpp does.
func TestRealFileByteIdentical(t *testing.T) {
	path := filepath.Join("..", "testdata", "bitnetcpp-small", "small-i2_s.gguf")
	orig, err := os.ReadFile(path)
	require.NoError(t, err)
	for _, mode := range []LoadMode{LoadMmap, LoadRAM} {
		t.Run(mode.String(), func(t *testing.T) {
			f, err := Open(path, WithLoadMode(mode))
			require.NoError(t, err)
			defer f.Close()
			assert.Equal(t, mode, f.LoadMode())
			assert.Equal(t, path, f.Path())
			arch, err := f.String("general.architecture")
			require.NoError(t, err)
			assert.Equal(t, "bitnet-b1.58", arch)
			n, err := f.Uint32("bitnet-b1.58.block_count")
			require.NoError(t, err)
			assert.Equal(t, uint32(3), n)
			toks, err := f.Strings("tokenizer.ggml.tokens")
			require.NoError(t, err)
			assert.Len(t, toks, 1536)
			types, err := f.Int32s("tokenizer.ggml.token_type")
			require.NoError(t, err)
			assert.Len(t, types, 1536)
			q, ok := f.Tensor("blk.0.attn_q.weight")
			require.True(t, ok)
			assert.Equal(t, TypeI2_S, q.Type)
			assert.Equal(t, uint64(512*512/4+32), q.Size)
			require.Len(t, f.Tensors(), 1+3*11+1)

			w := NewWriter()
			w.SetFrom(f, nil)
			for _, ti := range f.Tensors() {
				b, err := f.TensorData(ti.Name)
				require.NoError(t, err)
				require.NoError(t, w.AddTensor(ti.Name, ti.Type, ti.Dims, b))
			}
			assert.True(t, bytes.Equal(orig, writeBytes(t, w)), "rewritten file differs from bitnet.cpp's")
		})
	}
}

func TestWriterSetReplacesInPlace(t *testing.T) {
	w := NewWriter()
	w.Set("a", Uint32Value(1))
	w.Set("b", StringValue("x"))
	w.Set("c", BoolValue(true))
	w.Set("a", StringValue("replaced"))
	w.Delete("b")
	w.Delete("missing")
	w.Set("d", Int8Value(-1))
	f, err := Parse(writeBytes(t, w))
	require.NoError(t, err)
	var keys []string
	for _, kv := range f.Metadata() {
		keys = append(keys, kv.Key)
	}
	assert.Equal(t, []string{"a", "c", "d"}, keys)
	s, err := f.String("a")
	require.NoError(t, err)
	assert.Equal(t, "replaced", s)
}

func TestWriterAlignmentKey(t *testing.T) {
	t.Run("SetAlignment rejects", func(t *testing.T) {
		w := NewWriter()
		for _, a := range []uint64{0, 3, 48, 1 << 31} {
			assert.Error(t, w.SetAlignment(a), a)
		}
		assert.Equal(t, uint64(DefaultAlignment), w.Alignment())
	})
	t.Run("default writes no key", func(t *testing.T) {
		w := NewWriter()
		require.NoError(t, w.SetAlignment(32))
		f, err := Parse(writeBytes(t, w))
		require.NoError(t, err)
		assert.False(t, f.Has(KeyAlignment))
	})
	t.Run("back to 32 keeps the key consistent", func(t *testing.T) {
		w := NewWriter()
		require.NoError(t, w.SetAlignment(64))
		require.NoError(t, w.SetAlignment(32))
		f, err := Parse(writeBytes(t, w))
		require.NoError(t, err)
		a, err := f.Uint32(KeyAlignment)
		require.NoError(t, err)
		assert.Equal(t, uint32(32), a)
	})
	t.Run("Set with another int type sets the alignment", func(t *testing.T) {
		w := NewWriter()
		w.Set(KeyAlignment, Uint64Value(128))
		assert.Equal(t, uint64(128), w.Alignment())
		require.NoError(t, w.AddTensor("t", TypeF32, []uint64{3}, make([]byte, 12)))
		require.NoError(t, w.AddTensor("u", TypeF32, []uint64{3}, make([]byte, 12)))
		f, err := Parse(writeBytes(t, w))
		require.NoError(t, err)
		v, _ := f.Lookup(KeyAlignment)
		assert.Equal(t, ValueTypeUint32, v.Type(), "llama.cpp reads general.alignment as uint32")
		assert.Equal(t, uint64(128), f.Alignment())
		u, _ := f.Tensor("u")
		assert.Equal(t, uint64(128), u.Offset)
	})
	t.Run("Set with a bad value fails the write", func(t *testing.T) {
		for _, v := range []Value{StringValue("64"), Uint32Value(48), Int32Value(-1)} {
			w := NewWriter()
			w.Set(KeyAlignment, v)
			_, err := w.WriteTo(io.Discard)
			assert.Error(t, err, v.String())
		}
	})
	t.Run("Delete restores the default", func(t *testing.T) {
		w := NewWriter()
		require.NoError(t, w.SetAlignment(64))
		w.Delete(KeyAlignment)
		assert.Equal(t, uint64(DefaultAlignment), w.Alignment())
	})
}

func TestWriterRejects(t *testing.T) {
	w := NewWriter()
	require.NoError(t, w.AddTensor("x", TypeF32, []uint64{2}, make([]byte, 8)))
	tests := []struct {
		name string
		add  func() error
		want string
	}{
		{"duplicate", func() error { return w.AddTensor("x", TypeF32, []uint64{2}, make([]byte, 8)) }, "duplicate"},
		{"empty name", func() error { return w.AddTensor("", TypeF32, []uint64{2}, make([]byte, 8)) }, "empty"},
		{"long name", func() error {
			return w.AddTensor(string(bytes.Repeat([]byte("n"), 64)), TypeF32, []uint64{2}, make([]byte, 8))
		}, "at most 63"},
		{"short data", func() error { return w.AddTensor("y", TypeF32, []uint64{2}, make([]byte, 7)) }, "7 bytes"},
		{"long data", func() error { return w.AddTensor("y", TypeI2_S, []uint64{128}, make([]byte, 128)) }, "has 64"},
		{"block multiple", func() error { return w.AddTensor("y", TypeQ8_0, []uint64{33}, make([]byte, 34)) }, "block size"},
		{"unknown type", func() error { return w.AddTensor("y", Type(50), []uint64{1}, make([]byte, 1)) }, "unknown tensor type id 50"},
		{"nil func", func() error { return w.AddTensorFunc("y", TypeF32, []uint64{1}, nil) }, "nil"},
		{"too many dims", func() error {
			return w.AddTensorFunc("y", TypeF32, []uint64{1, 1, 1, 1, 1}, func(io.Writer) error { return nil })
		}, "at most 4"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.add()
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
	require.Len(t, w.Tensors(), 1, "rejected tensors are not added")
	w.Set("zero", Value{})
	_, err := w.WriteTo(io.Discard)
	assert.ErrorContains(t, err, "invalid (zero) Value")
}

func TestWriterFuncByteCount(t *testing.T) {
	tests := []struct {
		name  string
		write func(io.Writer) error
		want  string
	}{
		{"short", func(o io.Writer) error { _, err := o.Write(make([]byte, 11)); return err }, "wrote 11 bytes, want 12"},
		{"long", func(o io.Writer) error { _, err := o.Write(make([]byte, 13)); return err }, "more bytes than"},
		{"long in pieces", func(o io.Writer) error {
			for range 4 {
				if _, err := o.Write(make([]byte, 4)); err != nil {
					return err
				}
			}
			return nil
		}, "more bytes than"},
		{"error", func(io.Writer) error { return errors.New("boom") }, "boom"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := NewWriter()
			require.NoError(t, w.AddTensorFunc("t", TypeF32, []uint64{3}, tc.write))
			_, err := w.WriteTo(io.Discard)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.Contains(t, err.Error(), `"t"`)
		})
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.gguf")
	w, data := sampleWriter(t)
	require.NoError(t, w.WriteFile(context.Background(), path))
	f, err := Open(path)
	require.NoError(t, err)
	defer f.Close()
	for name, b := range data {
		got, err := f.TensorData(name)
		require.NoError(t, err)
		require.Equal(t, b, got)
	}
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o644), st.Mode().Perm())

	t.Run("failure leaves the old file and no temp file", func(t *testing.T) {
		bad := NewWriter()
		require.NoError(t, bad.AddTensorFunc("t", TypeF32, []uint64{1}, func(io.Writer) error { return errors.New("fail") }))
		require.Error(t, bad.WriteFile(context.Background(), path))
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		w2, _ := sampleWriter(t)
		require.ErrorIs(t, w2.WriteFile(ctx, path), context.Canceled)
		entries, err := os.ReadDir(dir)
		require.NoError(t, err)
		require.Len(t, entries, 1)
		assert.Equal(t, "m.gguf", entries[0].Name())
		f2, err := Open(path)
		require.NoError(t, err)
		assert.Len(t, f2.Tensors(), len(data))
		require.NoError(t, f2.Close())
	})

	t.Run("refuses a target that is not a regular file", func(t *testing.T) {
		w3, _ := sampleWriter(t)
		require.ErrorIs(t, w3.WriteFile(context.Background(), dir), outfile.ErrNotRegular)
		require.ErrorIs(t, w3.WriteFile(context.Background(), os.DevNull), outfile.ErrNotRegular)
	})
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errors.New("disk full")
	}
	f.n -= len(p)
	return len(p), nil
}

func TestWriteToPropagatesErrors(t *testing.T) {
	w, _ := sampleWriter(t)
	total := int64(len(writeBytes(t, w)))
	for _, at := range []int{0, 10, 1000, int(total) - 1} {
		n, err := w.WriteTo(&failWriter{n: at})
		require.Error(t, err, at)
		assert.Equal(t, int64(at), n)
	}
}
