package gguf

import (
	"bytes"
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// fuzzSeeds returns small valid files from the Writer plus a hand-made v2 file.
func fuzzSeeds(t testing.TB) [][]byte {
	var seeds [][]byte

	meta := NewWriter()
	for _, kv := range sampleValues(t) {
		meta.Set(kv.Key, kv.Value)
	}
	seeds = append(seeds, writeBytes(t, meta))

	small := NewWriter()
	small.Set("general.architecture", StringValue("bitnet-b1.58"))
	small.Set("tokenizer.ggml.tokens", StringsValue([]string{"a", "b", "<|x|>"}))
	nested, err := ArrayValue(ValueTypeArray, []Value{Int32sValue([]int32{1}), StringsValue([]string{"z"})})
	require.NoError(t, err)
	small.Set("nested", nested)
	require.NoError(t, small.SetAlignment(64))
	require.NoError(t, small.AddTensor("f32", TypeF32, []uint64{3, 2}, randomBytes(1, 24)))
	require.NoError(t, small.AddTensor("i2s", TypeI2_S, []uint64{128, 2}, randomBytes(2, 96)))
	require.NoError(t, small.AddTensor("q8", TypeQ8_0, []uint64{32}, randomBytes(3, 34)))
	require.NoError(t, small.AddTensor("tl2", TypeTL2, []uint64{352, 1}, randomBytes(4, 128)))
	seeds = append(seeds, writeBytes(t, small))

	seeds = append(seeds, rawFile{
		version: 2, nKV: 1,
		kv:      le(nil).str("k").u32(uint32(ValueTypeFloat64)).u64(math.Float64bits(1.5)),
		tensors: []rawTensor{f32("a", 2, 0)},
		data:    make([]byte, 8),
	}.bytes())
	return seeds
}

// FuzzParse checks that Parse never panics, that every file it accepts has
// all tensor data inside the input with the right size, and that writing an
// accepted file back and parsing it again is a fixed point.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse(data)
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("Parse error is not a FormatError: %v", err)
			}
			return
		}
		tensors := file.Tensors()
		for _, ti := range tensors {
			size, err := TensorBytes(ti.Type, ti.Dims)
			if err != nil || size != ti.Size {
				t.Fatalf("tensor %q: size %d, TensorBytes %d, %v", ti.Name, ti.Size, size, err)
			}
			b, err := file.TensorData(ti.Name)
			if err != nil || uint64(len(b)) != ti.Size {
				t.Fatalf("tensor %q: %d bytes, %v", ti.Name, len(b), err)
			}
			if ti.Offset%file.Alignment() != 0 {
				t.Fatalf("tensor %q: misaligned offset %d", ti.Name, ti.Offset)
			}
		}
		for _, kv := range file.Metadata() {
			_ = kv.Value.String()
		}

		out1, ok := rewrite(t, file)
		if !ok {
			return // something the Writer refuses to produce, e.g. a 64-byte tensor name
		}
		file2, err := Parse(out1)
		if err != nil {
			t.Fatalf("re-parsing the Writer's output: %v", err)
		}
		out2, ok := rewrite(t, file2)
		if !ok || !bytes.Equal(out1, out2) {
			t.Fatalf("write(parse(write(parse(x)))) differs from write(parse(x))")
		}
		for _, ti := range tensors {
			a, _ := file.TensorData(ti.Name)
			b, _ := file2.TensorData(ti.Name)
			if !bytes.Equal(a, b) {
				t.Fatalf("tensor %q data changed on rewrite", ti.Name)
			}
		}
	})
}

func rewrite(t *testing.T, f *File) ([]byte, bool) {
	w := NewWriter()
	w.SetFrom(f, nil)
	for _, ti := range f.Tensors() {
		b, err := f.TensorData(ti.Name)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.AddTensor(ti.Name, ti.Type, ti.Dims, b); err != nil {
			return nil, false
		}
	}
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		t.Fatalf("writing a parsed file: %v", err)
	}
	return buf.Bytes(), true
}
