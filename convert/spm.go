package convert

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// readSentencePiece reads dir/tokenizer.model, the SentencePiece model
// 1bitLLM's bitnet_b1_58 checkpoints (LLaMA-2's vocabulary) ship. Like
// llama.cpp's converter (LlamaModel and BitnetModel try SentencePiece
// first), it is preferred to tokenizer.json when both exist: it carries the
// real merge scores, where a tokenizer.json has only merge ranks. Tokens of
// added_tokens.json past the model's pieces are appended as user-defined,
// scored -1000, as llama.cpp does. It fails with an error wrapping
// os.ErrNotExist when there is no tokenizer.model.
func readSentencePiece(dir string) (tokenizer.Vocab, error) {
	data, err := os.ReadFile(filepath.Join(dir, "tokenizer.model"))
	if err != nil {
		return tokenizer.Vocab{}, err
	}
	v, err := tokenizer.VocabFromSentencePiece(data)
	if err != nil {
		return tokenizer.Vocab{}, err
	}
	raw, err := os.ReadFile(filepath.Join(dir, "added_tokens.json"))
	if errors.Is(err, os.ErrNotExist) {
		return v, nil
	}
	if err != nil {
		return tokenizer.Vocab{}, err
	}
	var added map[string]int
	if err := json.Unmarshal(raw, &added); err != nil {
		return tokenizer.Vocab{}, fmt.Errorf("added_tokens.json: %w", err)
	}
	type tok struct {
		s  string
		id int
	}
	var extra []tok
	for s, id := range added {
		if id < len(v.Tokens) {
			continue // already a piece of the model
		}
		extra = append(extra, tok{s, id})
	}
	sort.Slice(extra, func(i, j int) bool { return extra[i].id < extra[j].id })
	for _, t := range extra {
		if t.id != len(v.Tokens) {
			return tokenizer.Vocab{}, fmt.Errorf("added_tokens.json: token %q has id %d, want %d (ids must follow the model's pieces)", t.s, t.id, len(v.Tokens))
		}
		v.Tokens = append(v.Tokens, t.s)
		v.Scores = append(v.Scores, -1000)
		v.Types = append(v.Types, tokenizer.TypeUserDefined)
	}
	return v, nil
}
