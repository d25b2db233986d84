//go:build cuda

package cuda

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/quant"
)

// Tests that need no GPU: they run wherever the tagged package builds.

func TestBuilt(t *testing.T) {
	assert.True(t, Built())
}

func TestParsePrecision(t *testing.T) {
	for _, c := range []struct {
		in, name string
		typ      int
		ok       bool
	}{
		{"", "fp16", typeF16, true}, {"fp32", "fp32", typeF32, true}, {"FP16", "fp16", typeF16, true},
		{"half", "fp16", typeF16, true}, {"bf16", "bf16", typeBF16, true}, {" bfloat16 ", "bf16", typeBF16, true},
		{"fp8", "", 0, false}, {"int8", "", 0, false},
	} {
		name, typ, err := parsePrecision(c.in)
		if !c.ok {
			assert.Error(t, err, c.in)
			continue
		}
		require.NoError(t, err, c.in)
		assert.Equal(t, c.name, name)
		assert.Equal(t, c.typ, typ)
	}
}

func TestBF16Note(t *testing.T) {
	for _, c := range []struct {
		prec, cc string
		note     bool
	}{
		{"bf16", "7.5", true}, {"bf16", "8.0", false}, {"bf16", "9.0", false}, {"bf16", "10.0", false},
		{"fp16", "7.5", false}, {"fp32", "7.5", false}, {"bf16", "", false},
	} {
		n := bf16Note(c.prec, c.cc)
		assert.Equal(t, c.note, n != "", "%s on %q: %q", c.prec, c.cc, n)
		if c.note {
			assert.Contains(t, n, c.cc)
		}
	}
}

func FuzzParsePrecision(f *testing.F) {
	for _, s := range []string{"", "fp16", "bf16", "FP32", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, typ, err := parsePrecision(s)
		if err == nil {
			assert.Contains(t, []string{"fp32", "fp16", "bf16"}, name)
			assert.True(t, typ >= typeF32 && typ <= typeBF16)
		}
	})
}

func TestNewRejectsBitNetCppMode(t *testing.T) {
	m := buildModel(t, testModels()[0], 1)
	_, err := New(context.Background(), m, Options{Mode: engine.BitNetCpp})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "CPU only")
	_, err = New(context.Background(), m, Options{Precision: "fp64"})
	require.Error(t, err)
	_, err = New(context.Background(), nil, Options{})
	require.Error(t, err)
}

// Without a usable GPU, New and Devices say why and wrap ErrNoDevice (the
// library's device "auto" falls back to the CPU on any error from New).
func TestNoDeviceErrors(t *testing.T) {
	devs, derr := Devices()
	if derr == nil && len(devs) > 0 {
		t.Skip("SKIP: a CUDA device is present; this test covers machines without one")
	}
	require.ErrorIs(t, derr, ErrNoDevice)
	t.Logf("Devices: %v", derr)
	m := buildModel(t, testModels()[0], 1)
	_, err := New(context.Background(), m, Options{Precision: "fp16"})
	require.Error(t, err)
	assert.True(t, errors.Is(err, ErrNoDevice), "%v", err)
	assert.Greater(t, len(err.Error()), len(ErrNoDevice.Error())+5, "the error must say why: %v", err)
	t.Logf("New: %v", err)
}

func i2sLinear(t *testing.T, tern *quant.Ternary) model.Linear {
	data, err := quant.EncodeI2S(tern)
	require.NoError(t, err)
	return model.Linear{Name: "w", Type: gguf.TypeI2_S, In: tern.Cols, Out: tern.Rows, Data: data, Scale: 1}
}

func TestTernaryCodes(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	tern := quant.RandomTernary(r, 6, 256, 0)
	lin := i2sLinear(t, tern)
	codes, scale, note, err := ternaryCodes(lin)
	require.NoError(t, err)
	assert.Equal(t, lin.Data[:6*256/4], codes, "I2_S is used in place")
	assert.Equal(t, tern.Scales[0], scale)
	assert.Empty(t, note)

	// TQ2_0 with one scale in every block: the same codes as I2_S.
	blocks := quant.RandomTernary(r, 6, 256, 256)
	for i := range blocks.Scales {
		blocks.Scales[i] = 0.03125
	}
	tq, err := quant.EncodeTQ2(blocks)
	require.NoError(t, err)
	codes, scale, note, err = ternaryCodes(model.Linear{Name: "tq", Type: gguf.TypeTQ2_0, In: 256, Out: 6, Data: tq})
	require.NoError(t, err)
	want, err := quant.EncodeI2S(&quant.Ternary{Rows: 6, Cols: 256, Values: blocks.Values, Scales: []float32{0.03125}})
	require.NoError(t, err)
	assert.Equal(t, want[:6*256/4], codes)
	assert.Equal(t, float32(0.03125), scale)
	assert.NotEmpty(t, note)

	// Different block scales are not supported on the GPU.
	blocks.Scales[0], blocks.Scales[1] = 0.5, 0.25
	tq, err = quant.EncodeTQ2(blocks)
	require.NoError(t, err)
	_, _, _, err = ternaryCodes(model.Linear{Name: "tq", Type: gguf.TypeTQ2_0, In: 256, Out: 6, Data: tq})
	require.Error(t, err)

	// Float weights that are ternary*scale convert exactly.
	w := make([]byte, 4*6*256)
	for i, v := range tern.Values {
		binary.LittleEndian.PutUint32(w[4*i:], math.Float32bits(float32(v)*0.5))
	}
	codes, scale, _, err = ternaryCodes(model.Linear{Name: "f", Type: gguf.TypeF32, In: 256, Out: 6, Data: w})
	require.NoError(t, err)
	assert.Equal(t, lin.Data[:6*256/4], codes)
	assert.Equal(t, float32(0.5), scale)

	_, _, _, err = ternaryCodes(model.Linear{Name: "bad", Type: gguf.TypeQ8_0, In: 256, Out: 6, Data: w})
	require.Error(t, err)
	_, _, _, err = ternaryCodes(model.Linear{Name: "short", Type: gguf.TypeI2_S, In: 256, Out: 6, Data: w[:10]})
	require.Error(t, err)
}

func FuzzTernaryCodes(f *testing.F) {
	f.Add(uint8(0), uint8(1), []byte{1, 2, 3})
	f.Add(uint8(1), uint8(2), make([]byte, 66*2))
	f.Fuzz(func(t *testing.T, kind, rows uint8, data []byte) {
		types := []gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0, gguf.TypeF16, gguf.TypeBF16, gguf.TypeF32}
		l := model.Linear{Name: "fuzz", Type: types[int(kind)%len(types)], In: 256, Out: int(rows%4) + 1, Data: data}
		codes, _, _, err := ternaryCodes(l)
		if err == nil {
			assert.Len(t, codes, l.In*l.Out/4)
		}
	})
}

func TestRopeTable(t *testing.T) {
	cfg := &model.Config{RopeBase: 10000, RopeDim: 64}
	tab := newRopeTable(50, cfg)
	for _, pos := range []int{0, 1, 17, 49} {
		for _, i := range []int{0, 5, 31} {
			theta := float64(pos) * math.Pow(10000, -2*float64(i)/64)
			assert.Equal(t, float32(math.Cos(theta)), tab.cos[pos*32+i])
			assert.Equal(t, float32(math.Sin(theta)), tab.sin[pos*32+i])
		}
	}
	small := newRopeTable(10, cfg)
	assert.Equal(t, small.cos, tab.cos[:len(small.cos)], "a longer table's prefix serves a shorter state")
	// With RoPE scaling the table is the CPU's exact-mode rotation.
	cfg.RopeScaling = model.RopeScaling{Type: model.RopeScalingYaRN, Factor: 4, OrigContext: 8, ExtFactor: 1, AttnFactor: 1,
		BetaFast: 32, BetaSlow: 1, CorrDims: [2]float32{0, 3}}
	yarn := newRopeTable(20, cfg)
	cos, sin := make([]float32, 32), make([]float32, 32)
	for _, pos := range []int{0, 7, 19} {
		cfg.RopeAngles(pos, cos, sin)
		assert.Equal(t, cos, yarn.cos[pos*32:(pos+1)*32])
		assert.Equal(t, sin, yarn.sin[pos*32:(pos+1)*32])
	}
	assert.NotEqual(t, tab.cos[19*32:20*32], yarn.cos[19*32:20*32])
}

func TestHostMatrix(t *testing.T) {
	vals := []float32{1, -2, 0.5, 3}
	e := model.Embedding{Name: "e", Type: gguf.TypeF16, Dim: 2, Rows: 2, Data: quant.EncodeF16(vals)}
	typ, data, _, err := hostMatrix(e)
	require.NoError(t, err)
	assert.Equal(t, typeF16, typ)
	assert.Len(t, data, 8)
	q8, err := quant.QuantizeQ8_0(make([]float32, 64))
	require.NoError(t, err)
	typ, data, note, err := hostMatrix(model.Embedding{Name: "q", Type: gguf.TypeQ8_0, Dim: 32, Rows: 2, Data: q8})
	require.NoError(t, err)
	assert.Equal(t, typeF32, typ)
	assert.Len(t, data, 256)
	assert.NotEmpty(t, note)
	_, _, _, err = hostMatrix(model.Embedding{Name: "x", Type: gguf.TypeQ4_0, Dim: 32, Rows: 2})
	require.Error(t, err)
	_, _, _, err = hostMatrix(model.Embedding{Name: "short", Type: gguf.TypeF16, Dim: 32, Rows: 2, Data: []byte{1}})
	require.Error(t, err)
}
