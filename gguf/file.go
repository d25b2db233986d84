package gguf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"
	"unsafe"
)

// TensorInfo describes one tensor of a GGUF file.
type TensorInfo struct {
	Name   string
	Type   Type
	Dims   []uint64 // ne0 first: Dims[0] is the length of a row
	Offset uint64   // byte offset relative to the start of the data section
	Size   uint64   // bytes of data, as ggml_nbytes computes it
}

// Elements returns the number of elements (the product of Dims; 1 for a
// tensor without dimensions). Dims are assumed valid, as they are for every
// TensorInfo a File returns.
func (ti TensorInfo) Elements() uint64 {
	n := uint64(1)
	for _, d := range ti.Dims {
		n *= d
	}
	return n
}

func (ti TensorInfo) clone() TensorInfo {
	ti.Dims = cloneSlice(ti.Dims)
	return ti
}

// File is a parsed GGUF file. Its methods may be called concurrently, except
// Close, which must not run while other methods are in use.
type File struct {
	version     uint32
	alignment   uint64
	dataOffset  uint64
	size        int64
	mode        LoadMode
	path        string
	kvs         []KV
	kvIndex     map[string]int
	tensors     []TensorInfo
	tensorIndex map[string]int

	data    []byte       // the whole file: mapped, loaded, or the caller's bytes
	release func() error // unmaps data; nil when the File does not own it
	fh      *os.File     // LoadMmap: the open file, for TensorReaderAt
	locked  bool         // data is mlock'ed
	closed  bool
}

// Version returns the GGUF version of the file (2 or 3).
func (f *File) Version() uint32 { return f.version }

// Alignment returns the data alignment (general.alignment, default 32).
func (f *File) Alignment() uint64 { return f.alignment }

// DataOffset returns the file offset of the data section; tensor offsets are
// relative to it.
func (f *File) DataOffset() uint64 { return f.dataOffset }

// Size returns the file size in bytes.
func (f *File) Size() int64 { return f.size }

// LoadMode returns how the file's bytes are held: LoadMmap, LoadRAM, or
// LoadMemory for a File made by Parse.
func (f *File) LoadMode() LoadMode { return f.mode }

// Locked reports whether the file's bytes are locked in RAM (WithMlock
// succeeded).
func (f *File) Locked() bool { return f.locked }

// Path returns the path the file was opened from ("" for Parse).
func (f *File) Path() string { return f.path }

// Metadata returns all key/value pairs in file order. The slice is a copy.
func (f *File) Metadata() []KV { return slices.Clone(f.kvs) }

// Lookup returns the value of key.
func (f *File) Lookup(key string) (Value, bool) {
	i, ok := f.kvIndex[key]
	if !ok {
		return Value{}, false
	}
	return f.kvs[i].Value, true
}

// Has reports whether the file has metadata key.
func (f *File) Has(key string) bool {
	_, ok := f.kvIndex[key]
	return ok
}

func (f *File) get(key string) (Value, error) {
	v, ok := f.Lookup(key)
	if !ok {
		return Value{}, &KeyNotFoundError{Key: key}
	}
	return v, nil
}

// String returns the string value of key.
func (f *File) String(key string) (string, error) {
	v, err := f.get(key)
	if err != nil {
		return "", err
	}
	s, ok := v.Str()
	if !ok {
		return "", &TypeError{Key: key, Want: "string", Got: v.typeName()}
	}
	return s, nil
}

// intTypeError reports an integer accessor's failure: a non-integer value,
// or an integer outside the wanted range.
func intTypeError(key, want string, v Value) error {
	if _, _, _, ok := v.asInt(); !ok {
		return &TypeError{Key: key, Want: want, Got: v.typeName()}
	}
	return &TypeError{Key: key, Want: want, Got: v.typeName(), Reason: fmt.Sprintf("value %v out of range", v.Interface())}
}

// Uint32 returns the value of key, which may have any integer type whose
// value fits in a uint32.
func (f *File) Uint32(key string) (uint32, error) {
	v, err := f.get(key)
	if err != nil {
		return 0, err
	}
	u, ok := v.Uint64()
	if !ok || u > math.MaxUint32 {
		return 0, intTypeError(key, "uint32", v)
	}
	return uint32(u), nil
}

// Uint64 returns the value of key, which may have any integer type whose
// value is not negative.
func (f *File) Uint64(key string) (uint64, error) {
	v, err := f.get(key)
	if err != nil {
		return 0, err
	}
	u, ok := v.Uint64()
	if !ok {
		return 0, intTypeError(key, "uint64", v)
	}
	return u, nil
}

// Int returns the value of key, which may have any integer type whose value
// fits in an int64.
func (f *File) Int(key string) (int64, error) {
	v, err := f.get(key)
	if err != nil {
		return 0, err
	}
	i, ok := v.Int64()
	if !ok {
		return 0, intTypeError(key, "int64", v)
	}
	return i, nil
}

// Float32 returns the value of key, a float32 or a float64 within float32's
// range (NaN and infinities pass through).
func (f *File) Float32(key string) (float32, error) {
	v, err := f.get(key)
	if err != nil {
		return 0, err
	}
	x, ok := v.Float64()
	if !ok {
		return 0, &TypeError{Key: key, Want: "float32", Got: v.typeName()}
	}
	if !fitsFloat32(x) {
		return 0, &TypeError{Key: key, Want: "float32", Got: v.typeName(), Reason: fmt.Sprintf("value %g out of range", x)}
	}
	return float32(x), nil
}

func fitsFloat32(x float64) bool {
	return math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) <= math.MaxFloat32
}

// Float64 returns the value of key, a float32 or float64.
func (f *File) Float64(key string) (float64, error) {
	v, err := f.get(key)
	if err != nil {
		return 0, err
	}
	x, ok := v.Float64()
	if !ok {
		return 0, &TypeError{Key: key, Want: "float64", Got: v.typeName()}
	}
	return x, nil
}

// Bool returns the bool value of key.
func (f *File) Bool(key string) (bool, error) {
	v, err := f.get(key)
	if err != nil {
		return false, err
	}
	b, ok := v.Bool()
	if !ok {
		return false, &TypeError{Key: key, Want: "bool", Got: v.typeName()}
	}
	return b, nil
}

// Strings returns a copy of the array of strings stored at key.
func (f *File) Strings(key string) ([]string, error) {
	v, err := f.get(key)
	if err != nil {
		return nil, err
	}
	if v.typ != ValueTypeArray || v.arr.elem != ValueTypeString {
		return nil, &TypeError{Key: key, Want: "array[string]", Got: v.typeName()}
	}
	return slices.Clone(v.arr.data.([]string)), nil
}

// Int32s returns the array at key as int32s; the array may have any integer
// element type whose values all fit in an int32.
func (f *File) Int32s(key string) ([]int32, error) {
	v, err := f.get(key)
	if err != nil {
		return nil, err
	}
	bad := func(reason string) error {
		return &TypeError{Key: key, Want: "array[int32]", Got: v.typeName(), Reason: reason}
	}
	if v.typ != ValueTypeArray {
		return nil, bad("")
	}
	switch a := v.arr.data.(type) {
	case []int32:
		return slices.Clone(a), nil
	case []uint8:
		return convertInts(a, bad)
	case []int8:
		return convertInts(a, bad)
	case []uint16:
		return convertInts(a, bad)
	case []int16:
		return convertInts(a, bad)
	case []uint32:
		return convertInts(a, bad)
	case []uint64:
		return convertInts(a, bad)
	case []int64:
		return convertInts(a, bad)
	}
	return nil, bad("")
}

func convertInts[T uint8 | int8 | uint16 | int16 | uint32 | uint64 | int64](a []T, bad func(string) error) ([]int32, error) {
	out := make([]int32, len(a))
	for i, x := range a {
		if int32(x) < 0 != (x < 0) || T(int32(x)) != x {
			return nil, bad(fmt.Sprintf("element %d = %v out of range", i, x))
		}
		out[i] = int32(x)
	}
	return out, nil
}

// Float32s returns the array at key as float32s: a float32 array, or a
// float64 array whose values fit in float32.
func (f *File) Float32s(key string) ([]float32, error) {
	v, err := f.get(key)
	if err != nil {
		return nil, err
	}
	if v.typ == ValueTypeArray {
		switch a := v.arr.data.(type) {
		case []float32:
			return slices.Clone(a), nil
		case []float64:
			out := make([]float32, len(a))
			for i, x := range a {
				if !fitsFloat32(x) {
					return nil, &TypeError{Key: key, Want: "array[float32]", Got: v.typeName(), Reason: fmt.Sprintf("element %d = %g out of range", i, x)}
				}
				out[i] = float32(x)
			}
			return out, nil
		}
	}
	return nil, &TypeError{Key: key, Want: "array[float32]", Got: v.typeName()}
}

// Tensors returns the tensor infos in file order. The slice is a copy.
func (f *File) Tensors() []TensorInfo {
	out := make([]TensorInfo, len(f.tensors))
	for i, ti := range f.tensors {
		out[i] = ti.clone()
	}
	return out
}

// Tensor returns the info of the tensor called name.
func (f *File) Tensor(name string) (TensorInfo, bool) {
	i, ok := f.tensorIndex[name]
	if !ok {
		return TensorInfo{}, false
	}
	return f.tensors[i].clone(), true
}

// TensorData returns the bytes of the tensor called name: a slice of length
// Size into the mapped or loaded file, not a copy. The bytes are read-only
// (writing them faults for files from Open) and become invalid after Close.
func (f *File) TensorData(name string) ([]byte, error) {
	start, size, err := f.tensorSpan(name)
	if err != nil {
		return nil, err
	}
	end := start + size
	return f.data[start:end:end], nil
}

// tensorSpan returns where the tensor called name lies in the file.
func (f *File) tensorSpan(name string) (start, size uint64, err error) {
	if f.closed {
		return 0, 0, ErrClosed
	}
	i, ok := f.tensorIndex[name]
	if !ok {
		return 0, 0, fmt.Errorf("%w: %q", ErrTensorNotFound, name)
	}
	ti := f.tensors[i]
	return f.dataOffset + ti.Offset, ti.Size, nil
}

// TensorReaderAt returns a reader of the bytes of the tensor called name
// (offset 0 is the tensor's first byte). In LoadMmap mode it reads the file
// with pread, not through the mapping, so that reading a row now and then
// does not map pages back into the process: the kernel maps a whole page
// cache folio, often hundreds of KiB, on a fault. In the other modes it
// reads the loaded bytes. Reads fail after Close.
func (f *File) TensorReaderAt(name string) (*io.SectionReader, error) {
	start, size, err := f.tensorSpan(name)
	if err != nil {
		return nil, err
	}
	var r io.ReaderAt = bytes.NewReader(f.data)
	if f.fh != nil {
		r = f.fh
	}
	return io.NewSectionReader(r, int64(start), int64(size)), nil
}

// DropResident tells the operating system that this process no longer needs
// the pages of b resident: b must be a slice of this File's tensor data (from
// TensorData). It is for data that was copied or converted at load and is
// no longer read in bulk, such as an output head repacked to another type.
//
// In LoadMmap mode (when not locked) the whole pages inside b leave the
// process's resident set; they stay in the page cache and are read again if
// touched, so b remains valid and reads stay correct. In the other modes the
// bytes exist only in this memory, and nothing happens. It returns the
// number of bytes dropped.
func (f *File) DropResident(b []byte) (int, error) {
	if f.closed {
		return 0, ErrClosed
	}
	if len(b) == 0 || f.mode != LoadMmap || f.locked || len(f.data) == 0 {
		return 0, nil
	}
	base, p := addrOf(f.data), addrOf(b)
	if p < base || p-base > uintptr(len(f.data)) || uintptr(len(b)) > uintptr(len(f.data))-(p-base) {
		return 0, errors.New("gguf: DropResident: bytes are not part of this file's data")
	}
	// Only whole pages inside b: a page shared with a neighbouring tensor
	// stays, as that tensor may be in use.
	page := uintptr(os.Getpagesize())
	lo := (p - base + page - 1) / page * page
	hi := (p - base + uintptr(len(b))) / page * page
	if hi <= lo {
		return 0, nil
	}
	if err := dropPages(f.data[lo:hi]); err != nil {
		return 0, fmt.Errorf("gguf: DropResident: %w", err)
	}
	return int(hi - lo), nil
}

// addrOf is the address of b's first byte.
func addrOf(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }

// Close releases the file's memory (unmaps it). It is idempotent. After
// Close every slice returned by TensorData is invalid: using one may crash
// the program, so stop all users of tensor data first.
func (f *File) Close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	f.data = nil
	var err error
	if f.fh != nil {
		err = f.fh.Close()
		f.fh = nil
	}
	if f.release == nil {
		return err
	}
	err = errors.Join(f.release(), err)
	f.release = nil
	return err
}

// LoadMode says how a File holds the file's bytes.
type LoadMode int

const (
	// LoadMmap maps the file read-only and shared: pages are read on first
	// use and shared with the page cache.
	LoadMmap LoadMode = iota
	// LoadRAM reads the whole file into an anonymous memory region (outside
	// the Go heap, so it can use huge pages and be locked).
	LoadRAM
	// LoadMemory is the mode of a File made by Parse: the caller owns the bytes.
	LoadMemory
)

// String returns "mmap", "ram" or "memory".
func (m LoadMode) String() string {
	switch m {
	case LoadMmap:
		return "mmap"
	case LoadRAM:
		return "ram"
	case LoadMemory:
		return "memory"
	}
	return fmt.Sprintf("LoadMode(%d)", int(m))
}

// ParseLoadMode parses "mmap" or "ram" (case-insensitive).
func ParseLoadMode(s string) (LoadMode, error) {
	switch strings.ToLower(s) {
	case "mmap":
		return LoadMmap, nil
	case "ram":
		return LoadRAM, nil
	}
	return 0, fmt.Errorf("gguf: unknown load mode %q (want mmap or ram)", s)
}
