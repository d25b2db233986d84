package gguf

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// q2File writes tensors named a and b (types and dims given, random bytes)
// followed by a small F32 tensor, with the type ids listed in retag
// rewritten to 42 in the tensor infos afterwards: how a PrismML fork file
// (group-128 blocks under id 42) looks. It returns the file's bytes.
func q2File(t *testing.T, align uint64, types []Type, dims [][]uint64, retag []string) ([]byte, map[string][]byte) {
	t.Helper()
	w := NewWriter()
	require.NoError(t, w.SetAlignment(align))
	w.Set("general.architecture", StringValue("test"))
	data := map[string][]byte{}
	names := []string{"a", "b"}
	for i, typ := range types {
		size, err := TensorBytes(typ, dims[i])
		require.NoError(t, err)
		b := randomBytes(uint64(i+7), size)
		data[names[i]] = b
		require.NoError(t, w.AddTensor(names[i], typ, dims[i], b))
	}
	require.NoError(t, w.AddTensor("tail", TypeF32, []uint64{4}, make([]byte, 16)))
	path := filepath.Join(t.TempDir(), "q2.gguf")
	require.NoError(t, w.WriteFile(context.Background(), path))
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	for _, name := range retag {
		// tensor info: u64 name length, name, u32 n_dims, n_dims u64, u32 type
		key := binary.LittleEndian.AppendUint64(nil, uint64(len(name)))
		key = append(key, name...)
		at := bytes.Index(raw, key)
		require.GreaterOrEqual(t, at, 0)
		p := at + len(key)
		nd := int(binary.LittleEndian.Uint32(raw[p:]))
		p += 4 + 8*nd
		binary.LittleEndian.PutUint32(raw[p:], uint32(TypeQ2_0))
	}
	return raw, data
}

// TestQ2_0LayoutFromSpans: id 42 is read as upstream's 64-value Q2_0 or as
// PrismML's 128-value layout from where each tensor's data ends, and a file
// that fits both or neither is refused with ErrQ2_0Layout.
func TestQ2_0LayoutFromSpans(t *testing.T) {
	big := []uint64{2048, 3} // 6144 values: 1728 bytes (g64) vs 1632 (g128)
	for _, align := range []uint64{32, 64} {
		raw, data := q2File(t, align, []Type{TypeQ2_0, TypeF16}, [][]uint64{big, {8, 2}}, nil)
		f, err := Parse(raw)
		require.NoError(t, err)
		ti, _ := f.Tensor("a")
		assert.Equal(t, TypeQ2_0, ti.Type)
		assert.Equal(t, uint64(6144/64*18), ti.Size)
		got, err := f.TensorData("a")
		require.NoError(t, err)
		assert.Equal(t, data["a"], got)

		raw, data = q2File(t, align, []Type{TypeQ2_0G128, TypeQ2_0G128}, [][]uint64{big, {128 * 64, 1}}, []string{"a", "b"})
		f, err = Parse(raw)
		require.NoError(t, err)
		for _, name := range []string{"a", "b"} {
			ti, _ := f.Tensor(name)
			assert.Equal(t, TypeQ2_0G128, ti.Type, name)
			assert.Equal(t, uint64(len(data[name])), ti.Size, name)
			got, err := f.TensorData(name)
			require.NoError(t, err)
			assert.Equal(t, data[name], got, name)
		}
	}
	// Id 142 itself is the 128-value layout, no guessing needed.
	raw, _ := q2File(t, 32, []Type{TypeQ2_0G128}, [][]uint64{{128, 1}}, nil)
	f, err := Parse(raw)
	require.NoError(t, err)
	ti, _ := f.Tensor("a")
	assert.Equal(t, TypeQ2_0G128, ti.Type)
	assert.Equal(t, "Q2_0_G128", ti.Type.String())

	// 128 values: 36 bytes or 34, both padded to 64 with alignment 64.
	raw, _ = q2File(t, 64, []Type{TypeQ2_0}, [][]uint64{{128, 1}}, nil)
	_, err = Parse(raw)
	assert.True(t, errors.Is(err, ErrQ2_0Layout), "ambiguous: %v", err)
	assert.True(t, errors.Is(err, ErrFormat), err)
	assert.ErrorContains(t, err, "fit both")
	// One tensor of each layout: neither fits throughout.
	raw, _ = q2File(t, 32, []Type{TypeQ2_0, TypeQ2_0G128}, [][]uint64{big, big}, []string{"b"})
	_, err = Parse(raw)
	assert.True(t, errors.Is(err, ErrQ2_0Layout), "mixed: %v", err)
	assert.ErrorContains(t, err, "fit neither")
}
