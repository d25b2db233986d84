package convert

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"sort"
)

// A safetensors file is an 8-byte little-endian header length N, N bytes of
// JSON mapping each tensor name to {"dtype", "shape", "data_offsets":
// [begin, end]} (offsets relative to the end of the header, end exclusive),
// an optional "__metadata__" object of strings, then the data.

// maxHeader bounds the JSON header (the format's own reference
// implementation refuses headers over 100 MB).
const maxHeader = 100 << 20

// ErrSafetensors is returned (wrapped) for a malformed safetensors file.
var ErrSafetensors = errors.New("malformed safetensors file")

// DType is a safetensors element type.
type DType string

// The element types a checkpoint's tensors may have; Size gives their width.
const (
	F64  DType = "F64"
	F32  DType = "F32"
	F16  DType = "F16"
	BF16 DType = "BF16"
	I64  DType = "I64"
	I32  DType = "I32"
	I16  DType = "I16"
	I8   DType = "I8"
	U8   DType = "U8"
	Bool DType = "BOOL"
)

// Size is the width of one element in bytes, 0 for an unknown type.
func (d DType) Size() int {
	switch d {
	case F64, I64:
		return 8
	case F32, I32:
		return 4
	case F16, BF16, I16:
		return 2
	case I8, U8, Bool:
		return 1
	}
	return 0
}

// TensorInfo is one tensor of a safetensors file.
type TensorInfo struct {
	Name  string
	DType DType
	Shape []int64
	// Offset and Size locate the data in the file (Offset from the start of
	// the file, after the header).
	Offset, Size int64
}

// Elements is the product of the shape (1 for a scalar).
func (t TensorInfo) Elements() int64 {
	n := int64(1)
	for _, d := range t.Shape {
		n *= d
	}
	return n
}

// Header is a parsed safetensors header.
type Header struct {
	Tensors  []TensorInfo // sorted by offset
	Metadata map[string]string
	DataBase int64 // file offset of the data section (8 + header length)
}

// ParseHeader parses the header at the start of a file of fileSize bytes,
// read through r, and checks every tensor: a known dtype, non-negative
// dimensions, a byte range that matches the shape and lies inside the file,
// and no two tensors overlapping.
func ParseHeader(r io.ReaderAt, fileSize int64) (*Header, error) {
	var lb [8]byte
	if _, err := r.ReadAt(lb[:], 0); err != nil {
		return nil, fmt.Errorf("%w: reading the header length: %v", ErrSafetensors, err)
	}
	n := binary.LittleEndian.Uint64(lb[:])
	if n > maxHeader || int64(n) > fileSize-8 {
		return nil, fmt.Errorf("%w: header length %d (file of %d bytes)", ErrSafetensors, n, fileSize)
	}
	buf := make([]byte, n)
	if _, err := r.ReadAt(buf, 8); err != nil {
		return nil, fmt.Errorf("%w: reading the header: %v", ErrSafetensors, err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(buf, &raw); err != nil {
		return nil, fmt.Errorf("%w: header JSON: %v", ErrSafetensors, err)
	}
	h := &Header{DataBase: 8 + int64(n)}
	dataLen := fileSize - h.DataBase
	for name, msg := range raw {
		if name == "__metadata__" {
			if err := json.Unmarshal(msg, &h.Metadata); err != nil {
				return nil, fmt.Errorf("%w: __metadata__: %v", ErrSafetensors, err)
			}
			continue
		}
		var e struct {
			DType   DType     `json:"dtype"`
			Shape   []int64   `json:"shape"`
			Offsets [2]uint64 `json:"data_offsets"`
		}
		if err := json.Unmarshal(msg, &e); err != nil {
			return nil, fmt.Errorf("%w: tensor %q: %v", ErrSafetensors, name, err)
		}
		size := int64(e.DType.Size())
		if size == 0 {
			return nil, fmt.Errorf("%w: tensor %q: unknown dtype %q", ErrSafetensors, name, e.DType)
		}
		// Every dimension must be non-negative and the product of the
		// non-zero ones times the width must fit (so Elements never
		// overflows, even for an empty tensor).
		nz := size
		for _, d := range e.Shape {
			if d < 0 || (d > 0 && nz > math.MaxInt64/d) {
				return nil, fmt.Errorf("%w: tensor %q: shape %v", ErrSafetensors, name, e.Shape)
			}
			if d > 0 {
				nz *= d
			}
			size *= d
		}
		b, end := e.Offsets[0], e.Offsets[1]
		if b > end || end > uint64(dataLen) || int64(end-b) != size {
			return nil, fmt.Errorf("%w: tensor %q: %s %v needs %d bytes, data_offsets [%d, %d] in %d bytes of data",
				ErrSafetensors, name, e.DType, e.Shape, size, b, end, dataLen)
		}
		h.Tensors = append(h.Tensors, TensorInfo{Name: name, DType: e.DType, Shape: e.Shape,
			Offset: h.DataBase + int64(b), Size: size})
	}
	sort.Slice(h.Tensors, func(i, j int) bool {
		a, b := h.Tensors[i], h.Tensors[j]
		if a.Offset != b.Offset {
			return a.Offset < b.Offset
		}
		return a.Name < b.Name
	})
	for i := 1; i < len(h.Tensors); i++ {
		p, t := h.Tensors[i-1], h.Tensors[i]
		if t.Size > 0 && p.Offset+p.Size > t.Offset {
			return nil, fmt.Errorf("%w: tensors %q and %q overlap", ErrSafetensors, p.Name, t.Name)
		}
	}
	return h, nil
}

// SafetensorsFile is an open safetensors file. Tensor data is read on
// demand (ReadAt), never loaded whole.
type SafetensorsFile struct {
	Path string
	*Header
	f *os.File
}

// OpenSafetensors opens and checks a safetensors file.
func OpenSafetensors(path string) (*SafetensorsFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	h, err := ParseHeader(f, st.Size())
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &SafetensorsFile{Path: path, Header: h, f: f}, nil
}

// ReadAt reads len(p) bytes of tensor t's data starting at byte off of it.
func (s *SafetensorsFile) ReadAt(t TensorInfo, p []byte, off int64) error {
	if off < 0 || off+int64(len(p)) > t.Size {
		return fmt.Errorf("%s: read [%d, %d) outside %d bytes", t.Name, off, off+int64(len(p)), t.Size)
	}
	if _, err := s.f.ReadAt(p, t.Offset+off); err != nil {
		return fmt.Errorf("%s: %s: %w", s.Path, t.Name, err)
	}
	return nil
}

// Close closes the file.
func (s *SafetensorsFile) Close() error { return s.f.Close() }

// WriteSafetensors writes tensors (in the given order) as a safetensors
// file: the project's tests use it to make synthetic checkpoints.
func WriteSafetensors(w io.Writer, tensors []SafetensorsTensor, metadata map[string]string) error {
	hdr := map[string]any{}
	if len(metadata) > 0 {
		hdr["__metadata__"] = metadata
	}
	var off uint64
	for _, t := range tensors {
		want := int64(t.DType.Size())
		for _, d := range t.Shape {
			want *= d
		}
		if want != int64(len(t.Data)) || t.DType.Size() == 0 {
			return fmt.Errorf("safetensors: %s: %d bytes for %s %v", t.Name, len(t.Data), t.DType, t.Shape)
		}
		shape := t.Shape
		if shape == nil {
			shape = []int64{}
		}
		hdr[t.Name] = map[string]any{"dtype": t.DType, "shape": shape, "data_offsets": [2]uint64{off, off + uint64(len(t.Data))}}
		off += uint64(len(t.Data))
	}
	js, err := json.Marshal(hdr)
	if err != nil {
		return err
	}
	for len(js)%8 != 0 { // the reference writer pads the header with spaces to 8 bytes
		js = append(js, ' ')
	}
	var lb [8]byte
	binary.LittleEndian.PutUint64(lb[:], uint64(len(js)))
	if _, err := w.Write(lb[:]); err != nil {
		return err
	}
	if _, err := w.Write(js); err != nil {
		return err
	}
	for _, t := range tensors {
		if _, err := w.Write(t.Data); err != nil {
			return err
		}
	}
	return nil
}

// SafetensorsTensor is one tensor for WriteSafetensors.
type SafetensorsTensor struct {
	Name  string
	DType DType
	Shape []int64
	Data  []byte
}
