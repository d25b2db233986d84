package bitnet

import "fmt"

// CachedTokens returns a copy of the tokens whose keys and values the
// session holds (Tokens without the last sampled token, which is fed only
// when the session continues).
func (s *Session) CachedTokens() []int32 { return append([]int32(nil), s.tokens...) }

// Truncate keeps the first n cached tokens and drops the rest (and any token
// not yet fed), so the session continues from position n: with Fork, a cached
// prompt prefix can start a new conversation without recomputing it. The
// logits are gone until the next token is fed.
func (s *Session) Truncate(n int) error {
	if n < 0 || n > len(s.tokens) {
		return fmt.Errorf("bitnet: truncate to %d: the session has %d cached tokens", n, len(s.tokens))
	}
	if err := s.state.Truncate(n); err != nil {
		return fmt.Errorf("bitnet: %w", err)
	}
	s.tokens = s.tokens[:n]
	s.exact = min(s.exact, n)
	s.pending = s.pending[:0]
	s.logits = nil
	s.devLogits = nil
	return nil
}
