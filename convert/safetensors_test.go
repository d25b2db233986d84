package convert

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func stBytes(t testing.TB, ts []SafetensorsTensor) []byte {
	var buf bytes.Buffer
	require.NoError(t, WriteSafetensors(&buf, ts, map[string]string{"format": "pt"}))
	return buf.Bytes()
}

func TestSafetensorsRoundTrip(t *testing.T) {
	ts := []SafetensorsTensor{
		{Name: "a", DType: BF16, Shape: []int64{2, 3}, Data: []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		{Name: "b", DType: U8, Shape: []int64{4}, Data: []byte{9, 8, 7, 6}},
		{Name: "s", DType: F32, Shape: nil, Data: []byte{0, 0, 128, 63}},
	}
	raw := stBytes(t, ts)
	h, err := ParseHeader(bytes.NewReader(raw), int64(len(raw)))
	require.NoError(t, err)
	assert.Equal(t, "pt", h.Metadata["format"])
	require.Len(t, h.Tensors, 3)
	for i, ti := range h.Tensors {
		assert.Equal(t, ts[i].Name, ti.Name)
		assert.Equal(t, ts[i].DType, ti.DType)
		assert.Equal(t, ts[i].Data, raw[ti.Offset:ti.Offset+ti.Size])
	}
	assert.Equal(t, int64(1), h.Tensors[2].Elements())
	assert.Zero(t, (h.DataBase-8)%8, "header padded to 8 bytes")
}

func TestSafetensorsMalformed(t *testing.T) {
	good := stBytes(t, []SafetensorsTensor{{Name: "a", DType: F16, Shape: []int64{2}, Data: []byte{1, 2, 3, 4}}})
	withHeader := func(js string, data int) []byte {
		b := binary.LittleEndian.AppendUint64(nil, uint64(len(js)))
		return append(append(b, js...), make([]byte, data)...)
	}
	for name, raw := range map[string][]byte{
		"short":           good[:5],
		"huge header":     binary.LittleEndian.AppendUint64(nil, 1<<40),
		"header past end": binary.LittleEndian.AppendUint64(nil, 100),
		"bad json":        withHeader(`{"a":`, 0),
		"unknown dtype":   withHeader(`{"a":{"dtype":"Q4","shape":[2],"data_offsets":[0,2]}}`, 2),
		"size mismatch":   withHeader(`{"a":{"dtype":"F16","shape":[2],"data_offsets":[0,2]}}`, 4),
		"past end":        withHeader(`{"a":{"dtype":"F16","shape":[2],"data_offsets":[2,6]}}`, 4),
		"reversed":        withHeader(`{"a":{"dtype":"U8","shape":[0],"data_offsets":[3,1]}}`, 4),
		"negative dim":    withHeader(`{"a":{"dtype":"U8","shape":[-2],"data_offsets":[0,0]}}`, 4),
		"overflow":        withHeader(`{"a":{"dtype":"F64","shape":[4611686018427387904,4],"data_offsets":[0,0]}}`, 4),
		"overlap":         withHeader(`{"a":{"dtype":"U8","shape":[3],"data_offsets":[0,3]},"b":{"dtype":"U8","shape":[2],"data_offsets":[2,4]}}`, 4),
		"bad metadata":    withHeader(`{"__metadata__":{"x":1}}`, 0),
	} {
		_, err := ParseHeader(bytes.NewReader(raw), int64(len(raw)))
		require.Error(t, err, name)
		assert.True(t, errors.Is(err, ErrSafetensors), "%s: %v", name, err)
	}
}

// FuzzSafetensorsHeader: any input either parses into tensors that lie
// inside the file, in order and without overlap, with sizes matching their
// shapes, or fails with ErrSafetensors; it never panics.
func FuzzSafetensorsHeader(f *testing.F) {
	f.Add(stBytes(f, []SafetensorsTensor{{Name: "a", DType: BF16, Shape: []int64{2, 2}, Data: make([]byte, 8)},
		{Name: "w", DType: U8, Shape: []int64{1, 3}, Data: []byte{1, 2, 3}}}))
	f.Add(stBytes(f, nil))
	f.Add([]byte("\x10\x00\x00\x00\x00\x00\x00\x00{\"a\":{\"dtype\":1}}"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		h, err := ParseHeader(bytes.NewReader(raw), int64(len(raw)))
		if err != nil {
			if !errors.Is(err, ErrSafetensors) {
				t.Fatalf("error not wrapping ErrSafetensors: %v", err)
			}
			return
		}
		end := h.DataBase
		for _, ti := range h.Tensors {
			if ti.Offset < h.DataBase || ti.Offset+ti.Size > int64(len(raw)) {
				t.Fatalf("%s outside the file", ti.Name)
			}
			if ti.Size > 0 && ti.Offset < end {
				t.Fatalf("%s overlaps", ti.Name)
			}
			if want := ti.Elements() * int64(ti.DType.Size()); want != ti.Size {
				t.Fatalf("%s: %d bytes for %d elements", ti.Name, ti.Size, ti.Elements())
			}
			end = max(end, ti.Offset+ti.Size)
		}
	})
}
