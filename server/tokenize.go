package server

import (
	"net/http"
	"unicode/utf8"

	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// maxDetokenize bounds the ids one /detokenize call takes.
const maxDetokenize = 1 << 20

// handleTokenize serves POST /tokenize as llama.cpp's server does: content
// to token ids, optionally with BOS (add_special) and with each token's
// piece (with_pieces). parse_special (default true) turns special-token texts
// into their ids.
func (s *Server) handleTokenize(w http.ResponseWriter, r *http.Request) {
	st, body, e := s.utilityRequest(w, r)
	if e != nil {
		fail(w, r, e)
		return
	}
	var req TokenizeRequest
	if e := decodeJSON(body, &req); e != nil {
		fail(w, r, e)
		return
	}
	tok := st.model.Tokenizer()
	parse := req.ParseSpecial == nil || *req.ParseSpecial
	ids := tok.Encode(req.Content, tokenizer.EncodeOptions{AddBOS: req.AddSpecial && tok.AddBOS(), ParseSpecial: parse})
	if ids == nil {
		ids = []int32{}
	}
	if !req.WithPieces {
		writeJSON(w, http.StatusOK, TokenizeResponse{Tokens: ids})
		return
	}
	pieces := make([]TokenPiece, len(ids))
	for i, id := range ids {
		b := tok.AppendBytes(nil, []int32{id}, tokenizer.DecodeOptions{Special: true})
		var piece any = string(b)
		if !utf8.Valid(b) {
			ints := make([]int, len(b))
			for j, c := range b {
				ints[j] = int(c)
			}
			piece = ints
		}
		pieces[i] = TokenPiece{ID: id, Piece: piece}
	}
	writeJSON(w, http.StatusOK, TokenizeResponse{Tokens: pieces})
}

// handleDetokenize serves POST /detokenize: token ids to text, special
// tokens included, as llama.cpp's server does.
func (s *Server) handleDetokenize(w http.ResponseWriter, r *http.Request) {
	st, body, e := s.utilityRequest(w, r)
	if e != nil {
		fail(w, r, e)
		return
	}
	var req DetokenizeRequest
	if e := decodeJSON(body, &req); e != nil {
		fail(w, r, e)
		return
	}
	if len(req.Tokens) > maxDetokenize {
		fail(w, r, badParam("tokens", "invalid_value", "at most %d tokens", maxDetokenize))
		return
	}
	vocab := st.model.Tokenizer().VocabSize()
	ids := make([]int32, len(req.Tokens))
	for i, id := range req.Tokens {
		if id < 0 || id >= int64(vocab) {
			fail(w, r, badParam("tokens", "invalid_value", "token %d at index %d is outside the vocabulary [0, %d)", id, i, vocab))
			return
		}
		ids[i] = int32(id)
	}
	text := st.model.Tokenizer().DecodeWith(ids, tokenizer.DecodeOptions{Special: true})
	writeJSON(w, http.StatusOK, DetokenizeResponse{Content: text})
}

// utilityRequest checks the method and the model and reads the body.
func (s *Server) utilityRequest(w http.ResponseWriter, r *http.Request) (*modelState, []byte, *APIError) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		return nil, nil, errMethod("POST")
	}
	st := s.state()
	if st == nil {
		return nil, nil, errUnavailable("model_loading", "the model is still loading", 5)
	}
	body, e := s.readBody(w, r)
	return st, body, e
}
