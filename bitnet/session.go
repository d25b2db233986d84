package bitnet

import (
	"context"
	"errors"
	"fmt"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// ErrContextFull is returned (wrapped) when a session has no room for more tokens.
var ErrContextFull = engine.ErrContextFull

// Session is one sequence: its KV cache, its tokens so far and the logits of
// its last token. Create one per conversation or request; a Session is not
// safe for concurrent use, but any number of Sessions may run at once.
type Session struct {
	m       *Model
	state   engine.State
	tokens  []int32   // tokens fed to the model
	pending []int32   // tokens in the session but not yet fed (the last sampled token)
	logits  []float32 // logits after the last fed token; nil before any

	generating bool // inside Generate (sched.go)
}

// NewSession starts an empty session with the model's context length.
func (m *Model) NewSession() (*Session, error) {
	st, err := m.eng.NewState(m.info.ContextLen)
	if err != nil {
		return nil, fmt.Errorf("bitnet: %w", err)
	}
	return &Session{m: m, state: st}, nil
}

// Close frees the session's cache.
func (s *Session) Close() error { return s.state.Close() }

// Len is the number of tokens in the session.
func (s *Session) Len() int { return len(s.tokens) + len(s.pending) }

// Cap is the maximum number of tokens the session can hold.
func (s *Session) Cap() int { return s.state.Cap() }

// Tokens returns a copy of the session's tokens.
func (s *Session) Tokens() []int32 {
	return append(append([]int32(nil), s.tokens...), s.pending...)
}

// Logits returns the logits after the last token fed to the model (nil before
// any). After Generate the last sampled token is in the session but is fed only
// when the session continues, so Logits are those it was sampled from. The
// slice is overwritten by the next call that advances the session.
func (s *Session) Logits() []float32 { return s.logits }

// Reset empties the session, keeping its memory.
func (s *Session) Reset() {
	_ = s.state.Truncate(0)
	s.tokens = s.tokens[:0]
	s.pending = s.pending[:0]
	s.logits = nil
}

// Fork returns an independent copy of the session.
func (s *Session) Fork() (*Session, error) {
	st, err := s.state.Clone()
	if err != nil {
		return nil, fmt.Errorf("bitnet: %w", err)
	}
	c := &Session{m: s.m, state: st, tokens: append([]int32(nil), s.tokens...), pending: append([]int32(nil), s.pending...)}
	if s.logits != nil {
		c.logits = append([]float32(nil), s.logits...)
	}
	return c, nil
}

// Append feeds tokens to the model (the prompt is prefilled in batches of the
// model's batch size) and keeps the logits of the last one.
func (s *Session) Append(ctx context.Context, tokens []int32) error {
	if len(s.pending) > 0 {
		tokens = append(append([]int32(nil), s.pending...), tokens...)
		s.pending = s.pending[:0]
	}
	if len(tokens) == 0 {
		return nil
	}
	if s.Len()+len(tokens) > s.Cap() {
		return fmt.Errorf("bitnet: %w", &engine.ContextFullError{Have: s.Len(), Add: len(tokens), Max: s.Cap()})
	}
	vocab := s.m.eng.VocabSize()
	if cap(s.logits) < vocab {
		s.logits = make([]float32, vocab)
	}
	s.logits = s.logits[:vocab]
	if fed, err := s.feed(ctx, tokens, engine.LastLogits, s.logits); err != nil {
		// Keep the session consistent with what was cached.
		s.tokens = append(s.tokens, tokens[:fed]...)
		_ = s.state.Truncate(len(s.tokens))
		s.logits = nil
		return wrapForward(err)
	}
	s.tokens = append(s.tokens, tokens...)
	return nil
}

// Eval feeds tokens and returns the logits of every one of them (len(tokens)
// rows of VocabSize floats), for scoring and perplexity. Batches are split at
// the model's batch size.
func (s *Session) Eval(ctx context.Context, tokens []int32) ([]float32, error) {
	if len(s.pending) > 0 {
		if err := s.Append(ctx, nil); err != nil {
			return nil, err
		}
	}
	if s.Len()+len(tokens) > s.Cap() {
		return nil, fmt.Errorf("bitnet: %w", &engine.ContextFullError{Have: s.Len(), Add: len(tokens), Max: s.Cap()})
	}
	vocab := s.m.eng.VocabSize()
	out := make([]float32, len(tokens)*vocab)
	ub := s.m.opts.ubatch
	for i := 0; i < len(tokens); i += ub {
		j := min(i+ub, len(tokens))
		if _, err := s.state.Forward(ctx, tokens[i:j], engine.AllLogits, out[i*vocab:j*vocab]); err != nil {
			s.tokens = append(s.tokens, tokens[:i]...)
			_ = s.state.Truncate(len(s.tokens))
			s.logits = nil
			return nil, wrapForward(err)
		}
	}
	s.tokens = append(s.tokens, tokens...)
	if len(tokens) > 0 {
		s.logits = append(s.logits[:0], out[(len(tokens)-1)*vocab:]...)
	}
	return out, nil
}

func wrapForward(err error) error {
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return fmt.Errorf("bitnet: %w", err)
}
