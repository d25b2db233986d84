package gguf

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"

	"github.com/bitnet-go/bitnet-go/internal/outfile"
)

// MaxTensorNameLen is the longest tensor name the writer accepts: ggml
// stores names in a 64-byte buffer with a terminating NUL.
const MaxTensorNameLen = 63

// Writer builds a GGUF v3 file: metadata in insertion order, then tensor
// infos, then tensor data, each tensor starting at a multiple of the
// alignment and padded with zero bytes. A Writer is not safe for concurrent
// use.
type Writer struct {
	alignment uint64
	kvs       []KV
	kvIndex   map[string]int
	tensors   []writerTensor
	names     map[string]struct{}
}

type writerTensor struct {
	info  TensorInfo // Offset is assigned when writing
	data  []byte
	write func(io.Writer) error
}

// NewWriter returns an empty Writer with the default alignment of 32.
func NewWriter() *Writer {
	return &Writer{
		alignment: DefaultAlignment,
		kvIndex:   map[string]int{},
		names:     map[string]struct{}{},
	}
}

// SetAlignment sets the data alignment, a power of two no larger than 2^30.
// Any alignment other than 32 is also recorded as general.alignment (uint32),
// as readers find it there; an existing general.alignment key is updated.
func (w *Writer) SetAlignment(a uint64) error {
	if a == 0 || a&(a-1) != 0 || a > maxAlignment {
		return fmt.Errorf("gguf: alignment %d is not a power of two in [1, 2^30]", a)
	}
	w.alignment = a
	if _, ok := w.kvIndex[KeyAlignment]; ok || a != DefaultAlignment {
		w.set(KeyAlignment, Uint32Value(uint32(a)))
	}
	return nil
}

// Alignment returns the data alignment.
func (w *Writer) Alignment() uint64 { return w.alignment }

// Set sets key to v, replacing an existing value in place (keeping its
// position) or appending a new key. Setting general.alignment to an integer
// power of two also sets the alignment (stored as uint32); any other value
// for it makes WriteTo fail.
func (w *Writer) Set(key string, v Value) {
	if key == KeyAlignment {
		if a, ok := v.Uint64(); ok && w.SetAlignment(a) == nil {
			w.set(KeyAlignment, Uint32Value(uint32(a)))
			return
		}
	}
	w.set(key, v)
}

func (w *Writer) set(key string, v Value) {
	if i, ok := w.kvIndex[key]; ok {
		w.kvs[i].Value = v
		return
	}
	w.kvIndex[key] = len(w.kvs)
	w.kvs = append(w.kvs, KV{Key: key, Value: v})
}

// Delete removes key if present.
func (w *Writer) Delete(key string) {
	i, ok := w.kvIndex[key]
	if !ok {
		return
	}
	w.kvs = slices.Delete(w.kvs, i, i+1)
	delete(w.kvIndex, key)
	for j := i; j < len(w.kvs); j++ {
		w.kvIndex[w.kvs[j].Key] = j
	}
	if key == KeyAlignment {
		w.alignment = DefaultAlignment
	}
}

// Metadata returns the key/value pairs set so far, in order. The slice is a copy.
func (w *Writer) Metadata() []KV { return slices.Clone(w.kvs) }

// SetFrom copies every metadata pair of f for which skip returns false (skip
// may be nil) into w, in f's order, as Set does. It is how a tool rewrites a
// file and keeps its metadata.
func (w *Writer) SetFrom(f *File, skip func(key string) bool) {
	for _, kv := range f.kvs {
		if skip == nil || !skip(kv.Key) {
			w.Set(kv.Key, kv.Value)
		}
	}
}

// checkTensor validates a tensor to be added and returns its byte size.
func (w *Writer) checkTensor(name string, t Type, dims []uint64) (uint64, error) {
	if name == "" {
		return 0, errors.New("gguf: empty tensor name")
	}
	if len(name) > MaxTensorNameLen {
		return 0, fmt.Errorf("gguf: tensor name %q is %d bytes, ggml allows at most %d", name, len(name), MaxTensorNameLen)
	}
	if _, dup := w.names[name]; dup {
		return 0, fmt.Errorf("gguf: duplicate tensor name %q", name)
	}
	size, err := TensorBytes(t, dims)
	if err != nil {
		return 0, fmt.Errorf("gguf: tensor %q: %w", name, err)
	}
	return size, nil
}

// AddTensor adds a tensor whose bytes are data, which must be exactly
// TensorBytes(t, dims) long. data is not copied: it must not change until
// the file is written.
func (w *Writer) AddTensor(name string, t Type, dims []uint64, data []byte) error {
	size, err := w.checkTensor(name, t, dims)
	if err != nil {
		return err
	}
	if uint64(len(data)) != size {
		return fmt.Errorf("gguf: tensor %q: %d bytes of data, a %s tensor of dims %v has %d", name, len(data), t, dims, size)
	}
	w.add(TensorInfo{Name: name, Type: t, Dims: cloneSlice(dims), Size: size}, data, nil)
	return nil
}

// AddTensorFunc adds a tensor whose bytes are produced, when the file is
// written, by write; it must write exactly TensorBytes(t, dims) bytes to the
// io.Writer it is given, or writing the file fails. This lets a large model
// be written without holding all its tensors in memory.
func (w *Writer) AddTensorFunc(name string, t Type, dims []uint64, write func(io.Writer) error) error {
	if write == nil {
		return fmt.Errorf("gguf: tensor %q: nil write function", name)
	}
	size, err := w.checkTensor(name, t, dims)
	if err != nil {
		return err
	}
	w.add(TensorInfo{Name: name, Type: t, Dims: cloneSlice(dims), Size: size}, nil, write)
	return nil
}

func (w *Writer) add(ti TensorInfo, data []byte, write func(io.Writer) error) {
	w.names[ti.Name] = struct{}{}
	w.tensors = append(w.tensors, writerTensor{info: ti, data: data, write: write})
}

// Tensors returns the infos of the tensors added so far, with the offsets
// they will have in the file. The slice is a copy.
func (w *Writer) Tensors() []TensorInfo {
	out := make([]TensorInfo, len(w.tensors))
	off := uint64(0)
	for i, t := range w.tensors {
		out[i] = t.info.clone()
		out[i].Offset = off
		off = alignUp(off+t.info.Size, w.alignment)
	}
	return out
}

// WriteTo writes the file to out and returns the number of bytes written.
func (w *Writer) WriteTo(out io.Writer) (int64, error) {
	return w.write(context.Background(), out)
}

// WriteFile writes the file to path atomically: into a temporary file in the
// same directory, synced, then renamed over path. ctx is checked between
// tensors and between chunks of large ones.
func (w *Writer) WriteFile(ctx context.Context, path string) (err error) {
	// A rename over a device, pipe or directory would replace it: refuse.
	if err := outfile.Check(path); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err = w.write(ctx, tmp); err != nil {
		return fmt.Errorf("gguf: writing %s: %w", path, err)
	}
	if err = tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("gguf: %w", err)
	}
	return nil
}

// writeBufferSize is the buffer between the writer and its destination.
const writeBufferSize = 1 << 20

// dataChunk is how much of a []byte tensor is written between ctx checks.
const dataChunk = 64 << 20

var zeros [4096]byte

func (w *Writer) write(ctx context.Context, dst io.Writer) (int64, error) {
	if err := w.validate(); err != nil {
		return 0, err
	}
	cw := &countWriter{w: dst}
	bw := bufio.NewWriterSize(cw, writeBufferSize)
	e := &encoder{w: bw}

	e.bytes([]byte(Magic))
	e.u32(3)
	e.u64(uint64(len(w.tensors)))
	e.u64(uint64(len(w.kvs)))
	for _, kv := range w.kvs {
		e.str(kv.Key)
		e.u32(uint32(kv.Value.typ))
		e.value(kv.Value)
	}
	infos := w.Tensors()
	for _, ti := range infos {
		e.str(ti.Name)
		e.u32(uint32(len(ti.Dims)))
		for _, d := range ti.Dims {
			e.u64(d)
		}
		e.u32(uint32(ti.Type))
		e.u64(ti.Offset)
	}
	if e.err != nil {
		return cw.n, e.err
	}
	header := uint64(cw.n) + uint64(bw.Buffered())
	e.pad(alignUp(header, w.alignment) - header)

	for i, t := range w.tensors {
		if err := ctx.Err(); err != nil {
			return cw.n, err
		}
		if e.err != nil {
			return cw.n, e.err
		}
		if t.write != nil {
			lw := &limitWriter{w: bw, left: t.info.Size}
			if err := t.write(lw); err != nil {
				return cw.n, fmt.Errorf("gguf: tensor %q: %w", t.info.Name, err)
			}
			if lw.left != 0 {
				return cw.n, fmt.Errorf("gguf: tensor %q: write function wrote %d bytes, want %d", t.info.Name, t.info.Size-lw.left, t.info.Size)
			}
		} else {
			for p := 0; p < len(t.data) && e.err == nil; p += dataChunk {
				if err := ctx.Err(); err != nil {
					return cw.n, err
				}
				e.bytes(t.data[p:min(p+dataChunk, len(t.data))])
			}
		}
		end := infos[i].Offset + t.info.Size
		e.pad(alignUp(end, w.alignment) - end)
	}
	if e.err == nil {
		e.err = bw.Flush()
	}
	return cw.n, e.err
}

// validate checks what Set could not reject.
func (w *Writer) validate() error {
	for _, kv := range w.kvs {
		if !kv.Value.valid {
			return fmt.Errorf("gguf: key %q: invalid (zero) Value", kv.Key)
		}
	}
	if i, ok := w.kvIndex[KeyAlignment]; ok {
		v := w.kvs[i].Value
		if a, ok := v.Uint64(); !ok || v.typ != ValueTypeUint32 || a != w.alignment {
			return fmt.Errorf("gguf: %s = %v (%s) does not match the alignment %d", KeyAlignment, v, v.typeName(), w.alignment)
		}
	}
	return nil
}

// countWriter counts the bytes that reach the destination.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// errTooLong is returned to a tensor write function that writes past the
// tensor's declared size.
var errTooLong = errors.New("gguf: write function wrote more bytes than the tensor's size")

// limitWriter passes at most left bytes through.
type limitWriter struct {
	w    io.Writer
	left uint64
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if uint64(len(p)) > l.left {
		return 0, errTooLong
	}
	n, err := l.w.Write(p)
	l.left -= uint64(n)
	return n, err
}

// encoder writes little-endian GGUF fields and remembers the first error.
type encoder struct {
	w   io.Writer
	err error
	buf [8]byte
}

func (e *encoder) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) u8(x uint8) { e.buf[0] = x; e.bytes(e.buf[:1]) }
func (e *encoder) u16(x uint16) {
	binary.LittleEndian.PutUint16(e.buf[:], x)
	e.bytes(e.buf[:2])
}
func (e *encoder) u32(x uint32) {
	binary.LittleEndian.PutUint32(e.buf[:], x)
	e.bytes(e.buf[:4])
}
func (e *encoder) u64(x uint64) {
	binary.LittleEndian.PutUint64(e.buf[:], x)
	e.bytes(e.buf[:8])
}

func (e *encoder) str(s string) {
	e.u64(uint64(len(s)))
	if e.err == nil {
		_, e.err = io.WriteString(e.w, s)
	}
}

func (e *encoder) pad(n uint64) {
	for n > 0 && e.err == nil {
		k := min(n, uint64(len(zeros)))
		e.bytes(zeros[:k])
		n -= k
	}
}

// value writes v without its type tag.
func (e *encoder) value(v Value) {
	switch v.typ {
	case ValueTypeUint8, ValueTypeInt8, ValueTypeBool:
		e.u8(uint8(v.bits))
	case ValueTypeUint16, ValueTypeInt16:
		e.u16(uint16(v.bits))
	case ValueTypeUint32, ValueTypeInt32, ValueTypeFloat32:
		e.u32(uint32(v.bits))
	case ValueTypeUint64, ValueTypeInt64, ValueTypeFloat64:
		e.u64(v.bits)
	case ValueTypeString:
		e.str(v.str)
	case ValueTypeArray:
		e.array(v.arr)
	}
}

func (e *encoder) array(a *array) {
	e.u32(uint32(a.elem))
	e.u64(uint64(arrayLen(a.data)))
	switch d := a.data.(type) {
	case []uint8:
		e.bytes(d)
	case []int8:
		encodeEach(e, d, func(x int8) { e.u8(uint8(x)) })
	case []uint16:
		encodeEach(e, d, e.u16)
	case []int16:
		encodeEach(e, d, func(x int16) { e.u16(uint16(x)) })
	case []uint32:
		encodeEach(e, d, e.u32)
	case []int32:
		encodeEach(e, d, func(x int32) { e.u32(uint32(x)) })
	case []float32:
		encodeEach(e, d, func(x float32) { e.u32(math.Float32bits(x)) })
	case []bool:
		encodeEach(e, d, func(x bool) {
			if x {
				e.u8(1)
			} else {
				e.u8(0)
			}
		})
	case []string:
		encodeEach(e, d, e.str)
	case []uint64:
		encodeEach(e, d, e.u64)
	case []int64:
		encodeEach(e, d, func(x int64) { e.u64(uint64(x)) })
	case []float64:
		encodeEach(e, d, func(x float64) { e.u64(math.Float64bits(x)) })
	case []Value:
		encodeEach(e, d, func(x Value) { e.array(x.arr) })
	}
}

func encodeEach[T any](e *encoder, d []T, f func(T)) {
	for _, x := range d {
		if e.err != nil {
			return
		}
		f(x)
	}
}
