package server

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"net/http"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

// maxEmbeddingInputs bounds the inputs of one /v1/embeddings request
// (OpenAI's own limit is 2048).
const maxEmbeddingInputs = 2048

// EmbeddingsRequest is the body of POST /v1/embeddings.
type EmbeddingsRequest struct {
	Model string `json:"model"`
	// Input is a string, an array of strings, an array of token ids or an
	// array of arrays of token ids. Token ids are embedded as given; text
	// gets the model's BOS/EOS (bitnet.Model.EmbeddingTokens).
	Input json.RawMessage `json:"input"`
	// EncodingFormat is "float" (default) or "base64" (the float32 values,
	// little-endian, base64-encoded).
	EncodingFormat string `json:"encoding_format,omitempty"`
	// Dimensions must be absent or the model's size: no model here is
	// trained for truncated embeddings.
	Dimensions *int   `json:"dimensions,omitempty"`
	User       string `json:"user,omitempty"`
}

// Embedding is one vector of an EmbeddingsResponse: []float32, or a base64
// string for encoding_format "base64".
type Embedding struct {
	Object    string `json:"object"` // "embedding"
	Index     int    `json:"index"`
	Embedding any    `json:"embedding"`
}

// EmbeddingsUsage counts the tokens embedded.
type EmbeddingsUsage struct {
	PromptTokens int `json:"prompt_tokens"`
	TotalTokens  int `json:"total_tokens"`
}

// EmbeddingsResponse is the answer to POST /v1/embeddings.
type EmbeddingsResponse struct {
	Object string          `json:"object"` // "list"
	Data   []Embedding     `json:"data"`
	Model  string          `json:"model"`
	Usage  EmbeddingsUsage `json:"usage"`
}

// handleEmbeddings serves POST /v1/embeddings for a model that embeds (its
// GGUF file names a pooling type, as BitNet-embedding's does); a generative
// model gets 400 model_not_supported. The vectors are bitnet.Model.Embed's:
// pooled and L2-normalized. Requests run on the caller's goroutine, outside
// the generation queue, bounded by Options.RequestTimeout.
func (s *Server) handleEmbeddings(w http.ResponseWriter, r *http.Request) {
	st, body, e := s.utilityRequest(w, r)
	if e != nil {
		fail(w, r, e)
		return
	}
	var req EmbeddingsRequest
	if e := decodeJSON(body, &req); e != nil {
		fail(w, r, e)
		return
	}
	if len(req.Input) == 0 || string(req.Input) == "null" {
		fail(w, r, badParam("input", "missing_required_parameter", "input is required"))
		return
	}
	if req.Model != "" && req.Model != st.id {
		fail(w, r, errNotFound("model_not_found", "the model %q does not exist (this server serves %q)", req.Model, st.id))
		return
	}
	m := st.model
	if m.Pooling() == bitnet.PoolingNone {
		fail(w, r, badParam("model", "model_not_supported",
			"the model %q is not an embedding model (its file names no pooling type); /v1/embeddings needs one such as BitNet-embedding", st.id))
		return
	}
	switch req.EncodingFormat {
	case "", "float", "base64":
	default:
		fail(w, r, badParam("encoding_format", "invalid_value", "encoding_format must be \"float\" or \"base64\", not %q", req.EncodingFormat))
		return
	}
	dim := st.info.Config.Hidden
	if req.Dimensions != nil && *req.Dimensions != dim {
		fail(w, r, badParam("dimensions", "invalid_value",
			"dimensions %d is not supported: the model gives %d-dimensional embeddings and was not trained for shorter ones", *req.Dimensions, dim))
		return
	}
	inputs, e := embeddingInputs(req.Input, m)
	if e != nil {
		fail(w, r, e)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opts.RequestTimeout)
	defer cancel()
	stopHard := context.AfterFunc(s.hardStop, cancel)
	defer stopHard()
	vecs, err := m.EmbedTokens(ctx, inputs...)
	if err != nil {
		var long *bitnet.InputTooLongError
		switch {
		case errors.As(err, &long):
			fail(w, r, badParam("input", "context_length_exceeded", "input %d has %d tokens; this model takes at most %d", long.Index, long.Tokens, long.Max))
		case errors.Is(err, bitnet.ErrEmptyInput):
			fail(w, r, badParam("input", "invalid_value", "%v", err))
		case errors.Is(err, bitnet.ErrNonFinite):
			fail(w, r, &APIError{Status: http.StatusInternalServerError, Type: typeServer, Message: err.Error(), Code: strp("model_error")})
		case r.Context().Err() != nil: // the client is gone
		case errors.Is(err, context.DeadlineExceeded):
			fail(w, r, errUnavailable("timeout", "the embedding request timed out", s.retryAfter()))
		case errors.Is(err, bitnet.ErrClosed), s.hardStop.Err() != nil:
			fail(w, r, errUnavailable("shutting_down", "the server is shutting down", 5))
		default:
			s.opts.Logger.Error("embedding failed", "err", err)
			fail(w, r, errInternal("embedding failed"))
		}
		return
	}
	resp := EmbeddingsResponse{Object: "list", Data: make([]Embedding, len(vecs)), Model: st.id}
	for i, v := range vecs {
		var enc any = v
		if req.EncodingFormat == "base64" {
			b := make([]byte, 4*len(v))
			for j, x := range v {
				binary.LittleEndian.PutUint32(b[4*j:], math.Float32bits(x))
			}
			enc = base64.StdEncoding.EncodeToString(b)
		}
		resp.Data[i] = Embedding{Object: "embedding", Index: i, Embedding: enc}
		resp.Usage.PromptTokens += len(inputs[i])
	}
	resp.Usage.TotalTokens = resp.Usage.PromptTokens
	writeJSON(w, http.StatusOK, resp)
}

// embeddingInputs decodes OpenAI's four input shapes into token ids.
func embeddingInputs(raw json.RawMessage, m *bitnet.Model) ([][]int32, *APIError) {
	raw = bytes.TrimSpace(raw)
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return [][]int32{m.EmbeddingTokens(one)}, nil
	}
	var arr []json.RawMessage
	if err := json.Unmarshal(raw, &arr); err != nil {
		return nil, badParam("input", "invalid_type", "input must be a string, an array of strings, an array of token ids or an array of arrays of token ids")
	}
	if len(arr) == 0 {
		return nil, badParam("input", "invalid_value", "input is an empty array")
	}
	if len(arr) > maxEmbeddingInputs {
		return nil, badParam("input", "invalid_value", "input has %d items; at most %d per request", len(arr), maxEmbeddingInputs)
	}
	vocab := m.Tokenizer().VocabSize()
	ids := func(raw json.RawMessage) ([]int32, *APIError) {
		var xs []int64
		if err := json.Unmarshal(raw, &xs); err != nil {
			return nil, badParam("input", "invalid_type", "input mixes token ids with other values")
		}
		if len(xs) == 0 {
			return nil, badParam("input", "invalid_value", "an input of no tokens")
		}
		out := make([]int32, len(xs))
		for i, x := range xs {
			if x < 0 || x >= int64(vocab) {
				return nil, badParam("input", "invalid_value", "token %d is outside the vocabulary [0, %d)", x, vocab)
			}
			out[i] = int32(x)
		}
		return out, nil
	}
	switch firstByte(arr[0]) {
	case '"':
		out := make([][]int32, len(arr))
		for i, a := range arr {
			var s string
			if err := json.Unmarshal(a, &s); err != nil {
				return nil, badParam("input", "invalid_type", "input item %d is not a string", i)
			}
			out[i] = m.EmbeddingTokens(s)
		}
		return out, nil
	case '[':
		out := make([][]int32, len(arr))
		for i, a := range arr {
			var e *APIError
			if out[i], e = ids(a); e != nil {
				return nil, e
			}
		}
		return out, nil
	}
	one32, e := ids(raw)
	if e != nil {
		return nil, e
	}
	return [][]int32{one32}, nil
}
