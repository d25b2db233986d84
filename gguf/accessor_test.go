package gguf

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func accessorFile(t *testing.T) *File {
	t.Helper()
	w := NewWriter()
	for _, kv := range sampleValues(t) {
		w.Set(kv.Key, kv.Value)
	}
	w.Set("n.u64.small", Uint64Value(7))
	w.Set("n.i64.neg", Int64Value(-5))
	w.Set("n.i8.pos", Int8Value(100))
	w.Set("f.f64.small", Float64Value(0.5))
	w.Set("f.f64.big", Float64Value(1e300))
	w.Set("a.f64.small", Float64sValue([]float64{0.5, -2}))
	w.Set("a.f64.big", Float64sValue([]float64{1, 1e300}))
	w.Set("a.u32.small", Uint32sValue([]uint32{1, 2}))
	w.Set("a.i64.small", Int64sValue([]int64{-1, 2}))
	w.Set("a.u8", Uint8sValue([]uint8{200}))
	f, err := Parse(writeBytes(t, w))
	require.NoError(t, err)
	return f
}

func TestAccessors(t *testing.T) {
	f := accessorFile(t)
	ok := func(v any, err error) any {
		require.NoError(t, err)
		return v
	}
	assert.Equal(t, "bitnet-b1.58", ok(f.String("general.architecture")))
	assert.Equal(t, uint32(math.MaxUint32), ok(f.Uint32("t.uint32")))
	assert.Equal(t, uint32(255), ok(f.Uint32("t.uint8")))
	assert.Equal(t, uint32(7), ok(f.Uint32("n.u64.small")))
	assert.Equal(t, uint32(100), ok(f.Uint32("n.i8.pos")))
	assert.Equal(t, uint64(math.MaxUint64), ok(f.Uint64("t.uint64")))
	assert.Equal(t, int64(math.MinInt64), ok(f.Int("t.int64")))
	assert.Equal(t, int64(-5), ok(f.Int("n.i64.neg")))
	assert.Equal(t, int64(math.MaxUint32), ok(f.Int("t.uint32")))
	assert.Equal(t, float32(-1.5e-5), ok(f.Float32("t.float32")))
	assert.Equal(t, float32(0.5), ok(f.Float32("f.f64.small")))
	assert.True(t, math.IsInf(float64(ok(f.Float32("t.float64")).(float32)), -1))
	assert.Equal(t, 0.5, ok(f.Float64("f.f64.small")))
	assert.Equal(t, float64(float32(-1.5e-5)), ok(f.Float64("t.float32")))
	assert.Equal(t, true, ok(f.Bool("t.bool.true")))
	assert.Equal(t, []string{"tok", "", "<|eot_id|>", "ĠHello"}, ok(f.Strings("a.string")))
	assert.Equal(t, []int32{math.MinInt32, 0, math.MaxInt32}, ok(f.Int32s("a.int32")))
	assert.Equal(t, []int32{1, 2}, ok(f.Int32s("a.u32.small")))
	assert.Equal(t, []int32{-1, 2}, ok(f.Int32s("a.i64.small")))
	assert.Equal(t, []int32{200}, ok(f.Int32s("a.u8")))
	assert.Equal(t, []int32{-32768, 32767}, ok(f.Int32s("a.int16")))
	assert.Equal(t, []int32{}, ok(f.Int32s("a.empty")))
	assert.Equal(t, []float32{0.5, -2}, ok(f.Float32s("a.f64.small")))
	assert.Equal(t, []float32{1, -0.5, float32(math.Inf(1))}, ok(f.Float32s("a.float32")))

	// Returned slices are copies.
	s, _ := f.Strings("a.string")
	s[0] = "changed"
	assert.Equal(t, "tok", ok(f.Strings("a.string")).([]string)[0])
	assert.True(t, f.Has("t.bool.false"))
	assert.False(t, f.Has("nope"))
}

func TestAccessorErrors(t *testing.T) {
	f := accessorFile(t)
	tests := []struct {
		name      string
		call      func() error
		key       string
		want, got string
		reason    string
	}{
		{"string of int", func() error { _, err := f.String("t.uint32"); return err }, "t.uint32", "string", "uint32", ""},
		{"uint32 of string", func() error { _, err := f.Uint32("t.string"); return err }, "t.string", "uint32", "string", ""},
		{"uint32 of negative", func() error { _, err := f.Uint32("t.int8"); return err }, "t.int8", "uint32", "int8", "value -128 out of range"},
		{"uint32 of big", func() error { _, err := f.Uint32("t.uint64"); return err }, "t.uint64", "uint32", "uint64", "value 18446744073709551615 out of range"},
		{"uint32 of float", func() error { _, err := f.Uint32("t.float32"); return err }, "t.float32", "uint32", "float32", ""},
		{"uint64 of negative", func() error { _, err := f.Uint64("n.i64.neg"); return err }, "n.i64.neg", "uint64", "int64", "value -5 out of range"},
		{"int of huge", func() error { _, err := f.Int("t.uint64"); return err }, "t.uint64", "int64", "uint64", "value 18446744073709551615 out of range"},
		{"int of bool", func() error { _, err := f.Int("t.bool.true"); return err }, "t.bool.true", "int64", "bool", ""},
		{"float32 of int", func() error { _, err := f.Float32("t.int32"); return err }, "t.int32", "float32", "int32", ""},
		{"float32 of big float64", func() error { _, err := f.Float32("f.f64.big"); return err }, "f.f64.big", "float32", "float64", "value 1e+300 out of range"},
		{"float64 of string", func() error { _, err := f.Float64("t.string"); return err }, "t.string", "float64", "string", ""},
		{"bool of uint8", func() error { _, err := f.Bool("t.uint8"); return err }, "t.uint8", "bool", "uint8", ""},
		{"strings of int32s", func() error { _, err := f.Strings("a.int32"); return err }, "a.int32", "array[string]", "array[int32]", ""},
		{"strings of string", func() error { _, err := f.Strings("t.string"); return err }, "t.string", "array[string]", "string", ""},
		{"int32s of floats", func() error { _, err := f.Int32s("a.float32"); return err }, "a.float32", "array[int32]", "array[float32]", ""},
		{"int32s of big uint32", func() error { _, err := f.Int32s("a.uint32"); return err }, "a.uint32", "array[int32]", "array[uint32]", "element 1 = 4294967295 out of range"},
		{"int32s of big int64", func() error { _, err := f.Int32s("a.int64"); return err }, "a.int64", "array[int32]", "array[int64]", "element 0 = -9223372036854775808 out of range"},
		{"int32s of nested", func() error { _, err := f.Int32s("a.nested"); return err }, "a.nested", "array[int32]", "array[array]", ""},
		{"int32s of scalar", func() error { _, err := f.Int32s("t.int32"); return err }, "t.int32", "array[int32]", "int32", ""},
		{"float32s of big", func() error { _, err := f.Float32s("a.f64.big"); return err }, "a.f64.big", "array[float32]", "array[float64]", "element 1 = 1e+300 out of range"},
		{"float32s of ints", func() error { _, err := f.Float32s("a.int32"); return err }, "a.int32", "array[float32]", "array[int32]", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			var te *TypeError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, tc.key, te.Key)
			assert.Equal(t, tc.want, te.Want)
			assert.Equal(t, tc.got, te.Got)
			assert.Equal(t, tc.reason, te.Reason)
			assert.Contains(t, err.Error(), tc.key)
			assert.Contains(t, err.Error(), tc.want)
			assert.Contains(t, err.Error(), tc.got)
		})
	}

	missing := []func() error{
		func() error { _, err := f.String("missing"); return err },
		func() error { _, err := f.Uint32("missing"); return err },
		func() error { _, err := f.Uint64("missing"); return err },
		func() error { _, err := f.Int("missing"); return err },
		func() error { _, err := f.Float32("missing"); return err },
		func() error { _, err := f.Float64("missing"); return err },
		func() error { _, err := f.Bool("missing"); return err },
		func() error { _, err := f.Strings("missing"); return err },
		func() error { _, err := f.Int32s("missing"); return err },
		func() error { _, err := f.Float32s("missing"); return err },
	}
	for i, call := range missing {
		err := call()
		assert.ErrorIs(t, err, ErrKeyNotFound, i)
		var ke *KeyNotFoundError
		require.ErrorAs(t, err, &ke, i)
		assert.Equal(t, "missing", ke.Key)
		assert.False(t, errors.As(err, new(*TypeError)))
	}
}

func TestTensorLookup(t *testing.T) {
	f := accessorFile(t)
	_, ok := f.Tensor("nope")
	assert.False(t, ok)
	_, err := f.TensorData("nope")
	assert.ErrorIs(t, err, ErrTensorNotFound)
	require.NoError(t, f.Close())
	require.NoError(t, f.Close(), "Close is idempotent")
	_, err = f.TensorData("nope")
	assert.ErrorIs(t, err, ErrClosed)
}

func TestValueAPI(t *testing.T) {
	var zero Value
	assert.False(t, zero.Valid())
	assert.Nil(t, zero.Interface())
	assert.Equal(t, "<invalid>", zero.String())
	_, ok := zero.Uint64()
	assert.False(t, ok)

	v := Int16Value(-3)
	assert.True(t, v.Valid())
	assert.Equal(t, ValueTypeInt16, v.Type())
	i, ok := v.Int64()
	assert.True(t, ok)
	assert.Equal(t, int64(-3), i)
	_, ok = v.Uint64()
	assert.False(t, ok)
	_, ok = v.ElemType()
	assert.False(t, ok)
	assert.Zero(t, v.Len())
	_, ok = v.Index(0)
	assert.False(t, ok)
	_, ok = Uint64Value(math.MaxUint64).Int64()
	assert.False(t, ok)

	long := make([]int32, 100)
	for i := range long {
		long[i] = int32(i)
	}
	a := Int32sValue(long)
	long[0] = 99 // the constructor copied
	assert.Equal(t, "[0, 1, 2, 3, 4, 5, 6, 7, ... (100 items)]", a.String())
	et, ok := a.ElemType()
	assert.True(t, ok)
	assert.Equal(t, ValueTypeInt32, et)
	e, ok := a.Index(99)
	require.True(t, ok)
	assert.Equal(t, int32(99), e.Interface())
	_, ok = a.Index(100)
	assert.False(t, ok)
	_, ok = a.Index(-1)
	assert.False(t, ok)
	got := a.Interface().([]int32)
	got[1] = -1 // Interface returns a copy
	e, _ = a.Index(1)
	assert.Equal(t, int32(1), e.Interface())

	assert.Equal(t, `"x\n"`, StringValue("x\n").String())
	assert.Contains(t, StringValue(string(make([]byte, 300))).String(), "(300 bytes)")
	assert.Equal(t, "0.1", Float32Value(0.1).String())
	assert.Equal(t, "true", BoolValue(true).String())
	s, ok := StringValue("q").Str()
	assert.True(t, ok)
	assert.Equal(t, "q", s)
	b, ok := BoolValue(true).Bool()
	assert.True(t, ok && b)

	for vt := ValueTypeUint8; vt <= ValueTypeFloat64; vt++ {
		assert.NotContains(t, vt.String(), "valuetype(", vt)
	}
	assert.Equal(t, "valuetype(13)", ValueType(13).String())

	_, err := ArrayValue(ValueTypeInt32, []Value{Int32Value(1), Uint32Value(2)})
	assert.ErrorContains(t, err, "element 1 has type uint32, want int32")
	_, err = ArrayValue(ValueTypeArray, []Value{Int32Value(1)})
	assert.ErrorContains(t, err, "want array")
	_, err = ArrayValue(ValueType(20), nil)
	assert.Error(t, err)
	_, err = ArrayValue(ValueTypeString, []Value{{}})
	assert.ErrorContains(t, err, "invalid")
}

func TestLoadModeNames(t *testing.T) {
	for _, m := range []LoadMode{LoadMmap, LoadRAM} {
		got, err := ParseLoadMode(m.String())
		require.NoError(t, err)
		assert.Equal(t, m, got)
	}
	got, err := ParseLoadMode("RAM")
	require.NoError(t, err)
	assert.Equal(t, LoadRAM, got)
	_, err = ParseLoadMode("memory")
	assert.Error(t, err, "Parse's mode cannot be requested from Open")
	assert.Equal(t, "LoadMode(9)", LoadMode(9).String())
}

func TestArrayValueFromScalars(t *testing.T) {
	n := 0
	for _, kv := range sampleValues(t) {
		v := kv.Value
		if v.Type() == ValueTypeArray {
			continue
		}
		n++
		a, err := ArrayValue(v.Type(), []Value{v, v})
		require.NoError(t, err, kv.Key)
		et, _ := a.ElemType()
		assert.Equal(t, v.Type(), et)
		require.Equal(t, 2, a.Len())
		e, ok := a.Index(1)
		require.True(t, ok)
		assert.Equal(t, v.Interface(), e.Interface(), kv.Key)
		// The array round-trips through a file.
		w := NewWriter()
		w.Set("k", a)
		assert.Equal(t, []KV{{"k", a}}, w.Metadata())
		f, err := Parse(writeBytes(t, w))
		require.NoError(t, err)
		got, _ := f.Lookup("k")
		assert.Equal(t, a.Interface(), got.Interface(), kv.Key)
	}
	assert.Equal(t, 15, n, "every scalar kind is covered")
}

func TestSmallAPI(t *testing.T) {
	assert.Equal(t, `gguf: key "x" not found`, (&KeyNotFoundError{Key: "x"}).Error())
	assert.Equal(t, uint64(24), TensorInfo{Dims: []uint64{2, 3, 4}}.Elements())
	assert.Equal(t, uint64(1), TensorInfo{}.Elements())
	n, err := Elements([]uint64{2560, 128256})
	require.NoError(t, err)
	assert.Equal(t, uint64(2560*128256), n)
}
