package gguf

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"unsafe"
)

// Magic is the 4-byte signature at the start of every GGUF file.
const Magic = "GGUF"

// DefaultAlignment is the data alignment used when general.alignment is absent.
const DefaultAlignment = 32

// KeyAlignment is the metadata key that sets the data alignment.
const KeyAlignment = "general.alignment"

// Minimum encoded sizes, used to bound counts by the bytes left in the file
// before anything is allocated.
const (
	headerSize     = 4 + 4 + 8 + 8 // magic, version, n_tensors, n_kv
	minKVSize      = 8 + 4 + 1     // empty key, value type, one-byte value
	minTensorSize  = 8 + 4 + 4 + 8 // empty name, n_dims=0, type, offset
	minStringSize  = 8             // length only
	minArraySize   = 4 + 8         // element type, count
	maxPrealloc    = 1 << 16       // items preallocated before counts are proven by parsing
	maxAlignment   = 1 << 30
	versionMinimum = 2
	versionMaximum = 3
)

// reader is a bounds-checked little-endian cursor over the file bytes.
type reader struct {
	data []byte
	off  int
}

func (r *reader) errorf(format string, args ...any) error {
	return &FormatError{Offset: int64(r.off), Msg: fmt.Sprintf(format, args...)}
}

func (r *reader) remaining() uint64 { return uint64(len(r.data) - r.off) }

// truncated reports that the file ends inside the item described.
func (r *reader) truncated(format string, args ...any) error {
	return r.errorf("file truncated in %s (%d bytes left)", fmt.Sprintf(format, args...), r.remaining())
}

// take returns the next n bytes without copying; ok is false if fewer remain.
func (r *reader) take(n uint64) ([]byte, bool) {
	if n > r.remaining() {
		return nil, false
	}
	b := r.data[r.off : r.off+int(n) : r.off+int(n)]
	r.off += int(n)
	return b, true
}

func (r *reader) u32() (uint32, bool) {
	b, ok := r.take(4)
	if !ok {
		return 0, false
	}
	return binary.LittleEndian.Uint32(b), true
}

func (r *reader) u64() (uint64, bool) {
	b, ok := r.take(8)
	if !ok {
		return 0, false
	}
	return binary.LittleEndian.Uint64(b), true
}

// str reads a length-prefixed string and copies it off the file bytes, so
// that it stays valid after the file is unmapped. what describes it for errors.
func (r *reader) str(format string, args ...any) (string, error) {
	n, ok := r.u64()
	if !ok {
		return "", r.truncated(format+" length", args...)
	}
	b, ok := r.take(n)
	if !ok {
		return "", r.errorf("%s: length %d exceeds the %d bytes left", fmt.Sprintf(format, args...), n, r.remaining())
	}
	return string(b), nil
}

// Parse parses a GGUF file held in memory. The returned File refers to data
// (tensor data slices point into it) but does not own it: data must stay
// unchanged while the File is used, and Close does not release it.
// Metadata strings are copied.
func Parse(data []byte) (*File, error) {
	f, err := parse(data)
	if err != nil {
		return nil, err
	}
	f.mode = LoadMemory
	return f, nil
}

func parse(data []byte) (*File, error) {
	if uint64(len(data)) > math.MaxInt64 {
		return nil, &FormatError{Msg: "file too large"}
	}
	r := &reader{data: data}
	f := &File{size: int64(len(data)), alignment: DefaultAlignment, data: data}
	if err := f.parseHeader(r); err != nil {
		return nil, err
	}
	return f, nil
}

func (f *File) parseHeader(r *reader) error {
	if len(r.data) < 4 || string(r.data[:4]) != Magic {
		n := min(len(r.data), 4)
		return r.errorf("not a GGUF file: magic %q, want %q", r.data[:n], Magic)
	}
	r.off = 4
	version, ok := r.u32()
	if !ok {
		return r.truncated("version")
	}
	rev := bits.ReverseBytes32(version)
	switch {
	case version == 1:
		return &FormatError{Offset: 4, Msg: "GGUF v1 (32-bit counts) is not supported; convert the file with a current llama.cpp", Err: ErrUnsupportedVersion}
	case version >= versionMinimum && version <= versionMaximum:
	case rev >= 1 && rev <= versionMaximum:
		return &FormatError{Offset: 4, Msg: fmt.Sprintf("big-endian GGUF (version %d byte-swapped) is not supported", rev), Err: ErrUnsupportedVersion}
	default:
		return &FormatError{Offset: 4, Msg: fmt.Sprintf("GGUF version %d is not supported (want 2 or 3)", version), Err: ErrUnsupportedVersion}
	}
	f.version = version
	nTensors, ok := r.u64()
	if !ok {
		return r.truncated("tensor count")
	}
	nKV, ok := r.u64()
	if !ok {
		return r.truncated("metadata count")
	}
	// Bound both counts by the bytes left before any allocation.
	if nKV > r.remaining()/minKVSize {
		return &FormatError{Offset: 16, Msg: fmt.Sprintf("metadata count %d cannot fit in the %d bytes left", nKV, r.remaining())}
	}
	if nTensors > (r.remaining()-nKV*minKVSize)/minTensorSize {
		return &FormatError{Offset: 8, Msg: fmt.Sprintf("tensor count %d cannot fit in the %d bytes left", nTensors, r.remaining())}
	}
	if err := f.parseMetadata(r, nKV); err != nil {
		return err
	}
	if err := f.setAlignment(); err != nil {
		return err
	}
	return f.parseTensorInfos(r, nTensors)
}

func (f *File) parseMetadata(r *reader, n uint64) error {
	f.kvs = make([]KV, 0, min(n, maxPrealloc))
	f.kvIndex = make(map[string]int, min(n, maxPrealloc))
	for i := uint64(0); i < n; i++ {
		start := r.off
		key, err := r.str("metadata key %d", i)
		if err != nil {
			return err
		}
		if _, dup := f.kvIndex[key]; dup {
			return &FormatError{Offset: int64(start), Msg: fmt.Sprintf("duplicate metadata key %q", key)}
		}
		t, ok := r.u32()
		if !ok {
			return r.truncated("value type of %q", key)
		}
		v, err := r.value(key, ValueType(t))
		if err != nil {
			return err
		}
		f.kvIndex[key] = len(f.kvs)
		f.kvs = append(f.kvs, KV{Key: key, Value: v})
	}
	return nil
}

// value reads one value of type t for key.
func (r *reader) value(key string, t ValueType) (Value, error) {
	switch t {
	case ValueTypeString:
		s, err := r.str("value of %q", key)
		if err != nil {
			return Value{}, err
		}
		return StringValue(s), nil
	case ValueTypeArray:
		return r.array(key, 1)
	case ValueTypeBool:
		b, ok := r.take(1)
		if !ok {
			return Value{}, r.truncated("value of %q", key)
		}
		if b[0] > 1 {
			return Value{}, &FormatError{Offset: int64(r.off - 1), Msg: fmt.Sprintf("key %q: invalid bool byte %#x", key, b[0])}
		}
		return scalar(ValueTypeBool, uint64(b[0])), nil
	}
	if !t.valid() {
		return Value{}, &FormatError{Offset: int64(r.off - 4), Msg: fmt.Sprintf("key %q: unknown value type %d", key, uint32(t))}
	}
	b, ok := r.take(uint64(t.size()))
	if !ok {
		return Value{}, r.truncated("value of %q", key)
	}
	return scalar(t, decodeScalar(t, b)), nil
}

// decodeScalar returns the bits of a fixed-size scalar, sign-extending signed ints.
func decodeScalar(t ValueType, b []byte) uint64 {
	switch t {
	case ValueTypeUint8:
		return uint64(b[0])
	case ValueTypeInt8:
		return uint64(int64(int8(b[0])))
	case ValueTypeUint16:
		return uint64(binary.LittleEndian.Uint16(b))
	case ValueTypeInt16:
		return uint64(int64(int16(binary.LittleEndian.Uint16(b))))
	case ValueTypeUint32, ValueTypeFloat32:
		return uint64(binary.LittleEndian.Uint32(b))
	case ValueTypeInt32:
		return uint64(int64(int32(binary.LittleEndian.Uint32(b))))
	}
	return binary.LittleEndian.Uint64(b)
}

// array reads an array's element type, count and elements; depth is 1 for
// the outermost array.
func (r *reader) array(key string, depth int) (Value, error) {
	if depth > MaxArrayDepth {
		return Value{}, r.errorf("key %q: arrays nested deeper than %d", key, MaxArrayDepth)
	}
	et, ok := r.u32()
	if !ok {
		return Value{}, r.truncated("array element type of %q", key)
	}
	elem := ValueType(et)
	if !elem.valid() {
		return Value{}, &FormatError{Offset: int64(r.off - 4), Msg: fmt.Sprintf("key %q: unknown array element type %d", key, et)}
	}
	var minSize uint64
	switch elem {
	case ValueTypeString:
		minSize = minStringSize
	case ValueTypeArray:
		minSize = minArraySize
	default:
		minSize = uint64(elem.size())
	}
	n, ok := r.u64()
	if !ok {
		return Value{}, r.truncated("array length of %q", key)
	}
	if n > r.remaining()/minSize {
		return Value{}, r.errorf("key %q: array of %d %s elements cannot fit in the %d bytes left", key, n, elem, r.remaining())
	}
	switch elem {
	case ValueTypeString:
		s, err := r.strings(key, n)
		if err != nil {
			return Value{}, err
		}
		return arrayOf(ValueTypeString, s), nil
	case ValueTypeArray:
		// n is bounded by the bytes left, but a nested element can be much
		// larger than minArraySize: grow as elements are proven.
		elems := make([]Value, 0, min(n, maxPrealloc))
		d := 1
		for i := uint64(0); i < n; i++ {
			v, err := r.array(key, depth+1)
			if err != nil {
				return Value{}, err
			}
			d = max(d, v.arr.depth+1)
			elems = append(elems, v)
		}
		v := arrayOf(ValueTypeArray, elems)
		v.arr.depth = d
		return v, nil
	case ValueTypeBool:
		b, _ := r.take(n) // n <= remaining was checked above
		out := make([]bool, n)
		for i, c := range b {
			if c > 1 {
				return Value{}, &FormatError{Offset: int64(r.off - len(b) + i), Msg: fmt.Sprintf("key %q: array element %d: invalid bool byte %#x", key, i, c)}
			}
			out[i] = c == 1
		}
		return arrayOf(ValueTypeBool, out), nil
	}
	b, _ := r.take(n * minSize)
	return arrayOf(elem, decodeArray(elem, b, int(n))), nil
}

func decodeArray(t ValueType, b []byte, n int) any {
	switch t {
	case ValueTypeUint8:
		return cloneSlice(b)
	case ValueTypeInt8:
		return decodeEach(b, n, 1, func(p []byte) int8 { return int8(p[0]) })
	case ValueTypeUint16:
		return decodeEach(b, n, 2, binary.LittleEndian.Uint16)
	case ValueTypeInt16:
		return decodeEach(b, n, 2, func(p []byte) int16 { return int16(binary.LittleEndian.Uint16(p)) })
	case ValueTypeUint32:
		return decodeEach(b, n, 4, binary.LittleEndian.Uint32)
	case ValueTypeInt32:
		return decodeEach(b, n, 4, func(p []byte) int32 { return int32(binary.LittleEndian.Uint32(p)) })
	case ValueTypeFloat32:
		return decodeEach(b, n, 4, func(p []byte) float32 { return math.Float32frombits(binary.LittleEndian.Uint32(p)) })
	case ValueTypeUint64:
		return decodeEach(b, n, 8, binary.LittleEndian.Uint64)
	case ValueTypeInt64:
		return decodeEach(b, n, 8, func(p []byte) int64 { return int64(binary.LittleEndian.Uint64(p)) })
	case ValueTypeFloat64:
		return decodeEach(b, n, 8, func(p []byte) float64 { return math.Float64frombits(binary.LittleEndian.Uint64(p)) })
	}
	return nil
}

func decodeEach[T any](b []byte, n, size int, f func([]byte) T) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = f(b[i*size : i*size+size])
	}
	return out
}

// strings reads n length-prefixed strings of array key. A first pass proves
// every length against the file, so the allocations that follow are bounded
// by bytes that exist; the second pass copies the whole region once and
// slices the strings out of that copy (one allocation instead of one per
// string, which matters for vocabularies of 10^5 tokens).
func (r *reader) strings(key string, n uint64) ([]string, error) {
	start := r.off
	for i := uint64(0); i < n; i++ {
		l, ok := r.u64()
		if !ok {
			return nil, r.truncated("length of element %d of array %q", i, key)
		}
		if _, ok := r.take(l); !ok {
			return nil, r.errorf("element %d of array %q: length %d exceeds the %d bytes left", i, key, l, r.remaining())
		}
	}
	buf := slices.Clone(r.data[start:r.off])
	out := make([]string, n)
	p := 0
	for i := range out {
		l := int(binary.LittleEndian.Uint64(buf[p:]))
		p += 8
		if l > 0 {
			// buf is never written after this point, so the strings are immutable.
			out[i] = unsafe.String(&buf[p], l)
		}
		p += l
	}
	return out, nil
}

// setAlignment applies general.alignment: any integer type is accepted (the
// spec says uint32) if it is a power of two no larger than 2^30.
func (f *File) setAlignment() error {
	v, ok := f.Lookup(KeyAlignment)
	if !ok {
		return nil
	}
	a, ok := v.Uint64()
	if !ok {
		return &FormatError{Msg: fmt.Sprintf("%s has type %s, want uint32", KeyAlignment, v.typeName())}
	}
	if a == 0 || a&(a-1) != 0 || a > maxAlignment {
		return &FormatError{Msg: fmt.Sprintf("%s = %d is not a power of two in [1, 2^30]", KeyAlignment, a)}
	}
	f.alignment = a
	return nil
}

func (f *File) parseTensorInfos(r *reader, n uint64) error {
	f.tensors = make([]TensorInfo, 0, min(n, maxPrealloc))
	f.tensorIndex = make(map[string]int, min(n, maxPrealloc))
	for i := uint64(0); i < n; i++ {
		start := r.off
		name, err := r.str("tensor %d name", i)
		if err != nil {
			return err
		}
		if _, dup := f.tensorIndex[name]; dup {
			return &FormatError{Offset: int64(start), Msg: fmt.Sprintf("duplicate tensor name %q", name)}
		}
		nDims, ok := r.u32()
		if !ok {
			return r.truncated("tensor %q dimension count", name)
		}
		if nDims > MaxDims {
			return &FormatError{Offset: int64(r.off - 4), Msg: fmt.Sprintf("tensor %q: %d dimensions, at most %d allowed", name, nDims, MaxDims)}
		}
		var dimBuf [MaxDims]uint64
		dims := dimBuf[:nDims]
		for j := range dims {
			if dims[j], ok = r.u64(); !ok {
				return r.truncated("tensor %q dimension %d", name, j)
			}
		}
		tid, ok := r.u32()
		if !ok {
			return r.truncated("tensor %q type", name)
		}
		t := Type(tid)
		if !t.Known() {
			return &FormatError{Offset: int64(r.off - 4), Msg: fmt.Sprintf("tensor %q: unknown tensor type id %d", name, tid)}
		}
		off, ok := r.u64()
		if !ok {
			return r.truncated("tensor %q offset", name)
		}
		if off%f.alignment != 0 {
			return &FormatError{Offset: int64(r.off - 8), Msg: fmt.Sprintf("tensor %q: data offset %d is not a multiple of the alignment %d", name, off, f.alignment)}
		}
		size, err := TensorBytes(t, dims)
		if err != nil {
			return &FormatError{Offset: int64(start), Msg: fmt.Sprintf("tensor %q: %v", name, err)}
		}
		f.tensorIndex[name] = len(f.tensors)
		f.tensors = append(f.tensors, TensorInfo{Name: name, Type: t, Dims: cloneSlice(dims), Offset: off, Size: size})
	}

	// The data section starts at the next multiple of the alignment.
	f.dataOffset = alignUp(uint64(r.off), f.alignment)
	fileSize := uint64(len(r.data))
	if err := f.resolveQ2_0(fileSize); err != nil {
		return &FormatError{Offset: int64(r.off), Msg: err.Error(), Err: err}
	}
	for _, ti := range f.tensors {
		// Each term is checked against fileSize (< 2^63) first, so the sum cannot wrap.
		if f.dataOffset > fileSize || ti.Offset > fileSize || ti.Size > fileSize || f.dataOffset+ti.Offset+ti.Size > fileSize {
			return &FormatError{Offset: int64(r.off), Msg: fmt.Sprintf("tensor %q: data [%d, %d) after data offset %d is beyond the end of the %d-byte file", ti.Name, ti.Offset, ti.Offset+ti.Size, f.dataOffset, fileSize)}
		}
	}
	order := make([]int, len(f.tensors))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(f.tensors[a].Offset, f.tensors[b].Offset) })
	for k := 1; k < len(order); k++ {
		prev, cur := f.tensors[order[k-1]], f.tensors[order[k]]
		if prev.Offset+prev.Size > cur.Offset {
			return &FormatError{Offset: int64(r.off), Msg: fmt.Sprintf("tensors %q [%d, %d) and %q [%d, %d) overlap", prev.Name, prev.Offset, prev.Offset+prev.Size, cur.Name, cur.Offset, cur.Offset+cur.Size)}
		}
	}
	return nil
}

// alignUp rounds x up to a multiple of a (a power of two, x far below 2^63).
func alignUp(x, a uint64) uint64 { return (x + a - 1) &^ (a - 1) }
