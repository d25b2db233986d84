package gguf

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTypeTable(t *testing.T) {
	// ids, block sizes and block bytes as in ggml.h / ggml.c (bitnet.cpp fork).
	tests := []struct {
		typ       Type
		id        uint32
		name      string
		block, ts uint64
	}{
		{TypeF32, 0, "F32", 1, 4},
		{TypeF16, 1, "F16", 1, 2},
		{TypeQ4_0, 2, "Q4_0", 32, 18},
		{TypeQ4_1, 3, "Q4_1", 32, 20},
		{TypeQ5_0, 6, "Q5_0", 32, 22},
		{TypeQ5_1, 7, "Q5_1", 32, 24},
		{TypeQ8_0, 8, "Q8_0", 32, 34},
		{TypeQ8_1, 9, "Q8_1", 32, 36},
		{TypeQ2_K, 10, "Q2_K", 256, 84},
		{TypeQ3_K, 11, "Q3_K", 256, 110},
		{TypeQ4_K, 12, "Q4_K", 256, 144},
		{TypeQ5_K, 13, "Q5_K", 256, 176},
		{TypeQ6_K, 14, "Q6_K", 256, 210},
		{TypeQ8_K, 15, "Q8_K", 256, 292},
		{TypeIQ2_XXS, 16, "IQ2_XXS", 256, 66},
		{TypeIQ2_XS, 17, "IQ2_XS", 256, 74},
		{TypeIQ3_XXS, 18, "IQ3_XXS", 256, 98},
		{TypeIQ1_S, 19, "IQ1_S", 256, 50},
		{TypeIQ4_NL, 20, "IQ4_NL", 32, 18},
		{TypeIQ3_S, 21, "IQ3_S", 256, 110},
		{TypeIQ2_S, 22, "IQ2_S", 256, 82},
		{TypeIQ4_XS, 23, "IQ4_XS", 256, 136},
		{TypeI8, 24, "I8", 1, 1},
		{TypeI16, 25, "I16", 1, 2},
		{TypeI32, 26, "I32", 1, 4},
		{TypeI64, 27, "I64", 1, 8},
		{TypeF64, 28, "F64", 1, 8},
		{TypeIQ1_M, 29, "IQ1_M", 256, 56},
		{TypeBF16, 30, "BF16", 1, 2},
		{TypeQ4_0_4_4, 31, "Q4_0_4_4", 32, 18},
		{TypeQ4_0_4_8, 32, "Q4_0_4_8", 32, 18},
		{TypeQ4_0_8_8, 33, "Q4_0_8_8", 32, 18},
		{TypeTQ1_0, 34, "TQ1_0", 256, 54},
		{TypeTQ2_0, 35, "TQ2_0", 256, 66},
		{TypeI2_S, 36, "I2_S", 1, 1},
		{TypeI8_S, 37, "I8_S", 1, 1},
		{TypeTL1, 38, "TL1", 1, 1},
		{TypeTL2, 39, "TL2", 1, 1},
		{TypeQ2_0, 42, "Q2_0", 64, 18}, // upstream ggml.h and ggml-common.h (QK2_0 64)
	}
	require.Len(t, knownTypes(), len(tests), "every known type is listed here")
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.id, uint32(tc.typ))
			assert.True(t, tc.typ.Known())
			assert.Equal(t, tc.name, tc.typ.String())
			assert.Equal(t, tc.block, tc.typ.BlockSize())
			assert.Equal(t, tc.ts, tc.typ.BlockBytes())
			for _, s := range []string{tc.name, strings.ToLower(tc.name)} {
				got, err := ParseType(s)
				require.NoError(t, err)
				assert.Equal(t, tc.typ, got)
			}
		})
	}
}

func TestUnknownType(t *testing.T) {
	for _, id := range []uint32{4, 5, 40, 99, math.MaxUint32} {
		typ := Type(id)
		assert.False(t, typ.Known(), id)
		assert.Equal(t, "type("+strconv.FormatUint(uint64(id), 10)+")", typ.String())
		assert.Zero(t, typ.BlockSize())
		_, err := TensorBytes(typ, []uint64{32})
		require.Error(t, err)
		assert.Contains(t, err.Error(), strconv.FormatUint(uint64(id), 10))
	}
	for _, s := range []string{"", "q4_2", "type(99)", "I2S", "f32 "} {
		_, err := ParseType(s)
		assert.Error(t, err, s)
	}
}

func TestTensorBytes(t *testing.T) {
	tests := []struct {
		name string
		typ  Type
		dims []uint64
		want uint64
		err  string
	}{
		{"f32 scalar", TypeF32, nil, 4, ""},
		{"f32 4d", TypeF32, []uint64{2, 3, 4, 5}, 480, ""},
		{"f16 2b4t embedding", TypeF16, []uint64{2560, 128256}, 2560 * 128256 * 2, ""},
		{"bf16", TypeBF16, []uint64{7}, 14, ""},
		{"f64", TypeF64, []uint64{3}, 24, ""},
		{"q8_0 rows", TypeQ8_0, []uint64{64, 3}, 2 * 3 * 34, ""},
		{"q6_k", TypeQ6_K, []uint64{512, 2}, 2 * 2 * 210, ""},
		{"tq2_0", TypeTQ2_0, []uint64{2560, 640}, 10 * 640 * 66, ""},
		{"tq1_0", TypeTQ1_0, []uint64{256}, 54, ""},
		{"i2_s 2b4t attn_q", TypeI2_S, []uint64{2560, 2560}, 2560*2560/4 + 32, ""},
		{"i2_s 2b4t ffn_down", TypeI2_S, []uint64{6912, 2560}, 6912*2560/4 + 32, ""},
		{"i2_s odd count floors", TypeI2_S, []uint64{7}, 7/4 + 32, ""},
		{"tl1", TypeTL1, []uint64{2560, 640}, 2560*640/4 + 32, ""},
		{"i8_s", TypeI8_S, []uint64{100, 3}, 300, ""},
		// TL2: ((ne0-256)*ne1/3*5/8 + 256*ne1/2*4/8) rounded up to 32, + 32.
		{"tl2 2560x2560", TypeTL2, []uint64{2560, 2560}, 1392640 + 32, ""},
		{"tl2 352x4 rounds up", TypeTL2, []uint64{352, 4}, 352 + 32, ""},
		{"tl2 3d uses product of later dims", TypeTL2, []uint64{352, 2, 2}, 352 + 32, ""},
		{"tl2 too narrow", TypeTL2, []uint64{128, 4}, 0, "ne0 >= 256"},
		{"block multiple", TypeQ4_0, []uint64{48, 2}, 0, "not a multiple of the block size 32"},
		{"k block multiple", TypeQ4_K, []uint64{128}, 0, "multiple of the block size 256"},
		{"zero dim", TypeF32, []uint64{4, 0}, 0, "dimension 1 is 0"},
		{"five dims", TypeF32, []uint64{1, 1, 1, 1, 1}, 0, "at most 4"},
		{"element overflow", TypeF32, []uint64{1 << 32, 1 << 32}, 0, "overflows"},
		{"element count above int64", TypeI8, []uint64{1 << 63}, 0, "overflows"},
		{"byte overflow", TypeF64, []uint64{1 << 61}, 0, "overflows"},
		{"unknown", Type(77), []uint64{1}, 0, "unknown tensor type id 77"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := TensorBytes(tc.typ, tc.dims)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestTensorBytesProperty checks random shapes against the per-row formula
// ggml uses for block types: rows * (ne0/block) * blockBytes.
func TestTensorBytesProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		typ := knownTypes()[r.IntN(len(knownTypes()))]
		switch typ {
		case TypeI2_S, TypeI8_S, TypeTL1, TypeTL2:
			continue
		}
		nd := 1 + r.IntN(4)
		dims := make([]uint64, nd)
		dims[0] = typ.BlockSize() * uint64(1+r.IntN(40))
		rows := uint64(1)
		for i := 1; i < nd; i++ {
			dims[i] = uint64(1 + r.IntN(17))
			rows *= dims[i]
		}
		got, err := TensorBytes(typ, dims)
		require.NoError(t, err)
		assert.Equal(t, rows*dims[0]/typ.BlockSize()*typ.BlockBytes(), got, "%s %v", typ, dims)

		if typ.BlockSize() > 1 {
			bad := append([]uint64{dims[0] + uint64(1+r.IntN(int(typ.BlockSize()-1)))}, dims[1:]...)
			_, err := TensorBytes(typ, bad)
			assert.Error(t, err, "%s %v", typ, bad)
		}
	}
}
