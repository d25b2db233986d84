package sample

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultParams(t *testing.T) {
	p := DefaultParams()
	require.NoError(t, p.Validate())
	assert.Equal(t, float32(0.8), p.Temperature)
	assert.Equal(t, 40, p.TopK)
	assert.Equal(t, float32(0.95), p.TopP)
	assert.Equal(t, float32(0.05), p.MinP)
	assert.Equal(t, float32(1), p.RepeatPenalty)
	assert.Equal(t, 64, p.PenaltyWindow)
	require.NoError(t, Params{}.Validate(), "the zero value is valid (greedy)")
}

func TestValidate(t *testing.T) {
	nan := float32(math.NaN())
	inf := float32(math.Inf(1))
	tests := []struct {
		name  string
		mod   func(*Params)
		field string
	}{
		{"negative temperature", func(p *Params) { p.Temperature = -0.1 }, "Temperature"},
		{"NaN temperature", func(p *Params) { p.Temperature = nan }, "Temperature"},
		{"Inf temperature", func(p *Params) { p.Temperature = inf }, "Temperature"},
		{"negative top-k", func(p *Params) { p.TopK = -1 }, "TopK"},
		{"top-p above 1", func(p *Params) { p.TopP = 1.01 }, "TopP"},
		{"negative top-p", func(p *Params) { p.TopP = -0.5 }, "TopP"},
		{"NaN top-p", func(p *Params) { p.TopP = nan }, "TopP"},
		{"min-p above 1", func(p *Params) { p.MinP = 2 }, "MinP"},
		{"negative min-p", func(p *Params) { p.MinP = -0.01 }, "MinP"},
		{"negative repeat", func(p *Params) { p.RepeatPenalty = -1 }, "RepeatPenalty"},
		{"Inf repeat", func(p *Params) { p.RepeatPenalty = inf }, "RepeatPenalty"},
		{"NaN frequency", func(p *Params) { p.FrequencyPenalty = nan }, "FrequencyPenalty"},
		{"Inf presence", func(p *Params) { p.PresencePenalty = -inf }, "PresencePenalty"},
		{"window below -1", func(p *Params) { p.PenaltyWindow = -2 }, "PenaltyWindow"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := DefaultParams()
			tc.mod(&p)
			err := p.Validate()
			var pe *ParamError
			require.True(t, errors.As(err, &pe), "got %v", err)
			assert.Equal(t, tc.field, pe.Field)
			assert.Contains(t, err.Error(), tc.field)

			s, err := New(p)
			assert.Nil(t, s)
			require.True(t, errors.As(err, &pe))
		})
	}

	valid := []Params{
		{TopP: 1, MinP: 1, RepeatPenalty: 0.5, FrequencyPenalty: -2, PresencePenalty: 2, PenaltyWindow: -1},
		{Temperature: 100, TopK: 1 << 20, TopP: 0, PenaltyWindow: 1},
	}
	for _, p := range valid {
		assert.NoError(t, p.Validate(), "%+v", p)
	}
}
