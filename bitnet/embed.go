package bitnet

import (
	"context"
	"errors"
	"fmt"
	"math"

	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// Pooling is how an embedding model reduces its per-token hidden states to
// one vector ({arch}.pooling_type in the GGUF file).
type Pooling = model.Pooling

// Pooling types.
const (
	PoolingNone = model.PoolingNone
	PoolingMean = model.PoolingMean
	PoolingCLS  = model.PoolingCLS
	PoolingLast = model.PoolingLast
)

// ErrNoEmbeddings is returned (wrapped) by Embed and EmbedTokens for a model
// that does not produce embeddings: its file names no pooling type, or its
// engine cannot return hidden states.
var ErrNoEmbeddings = errors.New("model does not produce embeddings")

// ErrInputTooLong is returned (wrapped in an *InputTooLongError) for an
// input with more tokens than a session holds.
var ErrInputTooLong = errors.New("input too long")

// InputTooLongError says which input did not fit.
type InputTooLongError struct {
	Index  int // the input's index in the call
	Tokens int // its length in tokens
	Max    int // the most tokens one input may have (Info().ContextLen)
}

func (e *InputTooLongError) Error() string {
	return fmt.Sprintf("bitnet: input %d has %d tokens, more than the %d this model takes", e.Index, e.Tokens, e.Max)
}

// Unwrap makes errors.Is(err, ErrInputTooLong) true.
func (e *InputTooLongError) Unwrap() error { return ErrInputTooLong }

// ErrEmptyInput is returned (wrapped) for an input of no tokens.
var ErrEmptyInput = errors.New("empty input")

// Pooling returns how the model pools its hidden states into an embedding;
// PoolingNone when it is not an embedding model.
func (m *Model) Pooling() Pooling { return m.m.Config.Pooling }

// EmbeddingTokens tokenizes text as Embed does: BOS and EOS are added when
// the model's tokenizer asks for them (BitNet-embedding appends
// <|endoftext|>, whose hidden state its last-token pooling reads), and
// special-token texts are tokenized as plain text.
func (m *Model) EmbeddingTokens(text string) []int32 {
	return m.tok.Encode(text, tokenizer.EncodeOptions{AddBOS: m.tok.AddBOS(), AddEOS: m.tok.AddEOS()})
}

// Embed returns one embedding per input text: the model's final hidden
// states (after the output norm), pooled as the file says (Pooling) and
// scaled to unit L2 norm, Config.Hidden floats each. Inputs are tokenized by
// EmbeddingTokens and run one after another, each in a fresh sequence with
// causal attention. Instruction-tuned embedding models expect the caller to
// add their query instruction to the text (BitNet-embedding: to queries, not
// documents).
//
// It fails with ErrNoEmbeddings for a model without a pooling type, an
// *InputTooLongError for an input longer than Info().ContextLen tokens, and
// ctx's error when ctx ends (checked between layers).
func (m *Model) Embed(ctx context.Context, inputs ...string) ([][]float32, error) {
	ids := make([][]int32, len(inputs))
	for i, s := range inputs {
		ids[i] = m.EmbeddingTokens(s)
	}
	return m.EmbedTokens(ctx, ids...)
}

// EmbedTokens is Embed for inputs that are already token ids, used as given
// (no BOS or EOS is added).
func (m *Model) EmbedTokens(ctx context.Context, inputs ...[]int32) ([][]float32, error) {
	pool := m.m.Config.Pooling
	if pool == PoolingNone {
		return nil, fmt.Errorf("bitnet: %w: the file has no %s.pooling_type", ErrNoEmbeddings, m.m.Config.Family.KeyPrefix)
	}
	maxLen := m.info.ContextLen
	vocab := int32(m.m.Config.VocabSize)
	for i, in := range inputs {
		if len(in) == 0 {
			return nil, fmt.Errorf("bitnet: input %d: %w", i, ErrEmptyInput)
		}
		if len(in) > maxLen {
			return nil, &InputTooLongError{Index: i, Tokens: len(in), Max: maxLen}
		}
		for _, t := range in {
			if t < 0 || t >= vocab {
				return nil, fmt.Errorf("bitnet: input %d: token %d is outside the vocabulary [0, %d)", i, t, vocab)
			}
		}
	}
	H := m.m.Config.Hidden
	out := make([][]float32, len(inputs))
	var hidden []float32
	for i, in := range inputs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		hidden = grow32(hidden, len(in)*H)
		err := m.forward(ctx, func(ctx context.Context) error {
			st, err := m.eng.NewState(len(in))
			if err != nil {
				return err
			}
			defer st.Close()
			hf, ok := st.(engine.HiddenForwarder)
			if !ok {
				return fmt.Errorf("%w: the %s engine returns no hidden states", ErrNoEmbeddings, m.eng.Name())
			}
			return hf.ForwardHidden(ctx, in, hidden)
		})
		if err != nil {
			return nil, err
		}
		v, err := poolNormalize(pool, hidden[:len(in)*H], H)
		if err != nil {
			return nil, fmt.Errorf("bitnet: input %d: %w", i, err)
		}
		out[i] = v
	}
	return out, nil
}

// poolNormalize pools rows of H hidden values and scales the result to unit
// L2 norm (sums in float64). A zero vector stays zero, as in llama.cpp's
// common_embd_normalize.
func poolNormalize(p Pooling, hidden []float32, H int) ([]float32, error) {
	n := len(hidden) / H
	acc := make([]float64, H)
	switch p {
	case PoolingMean:
		for r := 0; r < n; r++ {
			for j, v := range hidden[r*H : (r+1)*H] {
				acc[j] += float64(v)
			}
		}
		for j := range acc {
			acc[j] /= float64(n)
		}
	case PoolingCLS, PoolingLast:
		r := 0
		if p == PoolingLast {
			r = n - 1
		}
		for j, v := range hidden[r*H : (r+1)*H] {
			acc[j] = float64(v)
		}
	default:
		return nil, fmt.Errorf("%w: pooling type %v", ErrNoEmbeddings, p)
	}
	var ss float64
	for _, v := range acc {
		ss += v * v
	}
	if math.IsNaN(ss) || math.IsInf(ss, 0) {
		return nil, fmt.Errorf("%w: the embedding is not finite (corrupt or overflowing weights)", ErrNonFinite)
	}
	inv := 0.0
	if ss > 0 {
		inv = 1 / math.Sqrt(ss)
	}
	out := make([]float32, H)
	for j, v := range acc {
		out[j] = float32(v * inv)
	}
	return out, nil
}

func grow32(b []float32, n int) []float32 {
	if cap(b) >= n {
		return b[:n]
	}
	return make([]float32, n)
}
