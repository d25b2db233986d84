package convert_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// TestConvertFamilyTokenizers converts checkpoints whose tokenizer.json is one of the families' test tokenizers
// (testdata/tokenizer: Qwen2 byte-level BPE, LLaMA-2 and Gemma SentencePiece) and checks the GGUF's tokenizer keys and that
// the tokenizer read back from the GGUF still gives Hugging Face's ids.
func TestConvertFamilyTokenizers(t *testing.T) {
	for _, tc := range []struct {
		family, arch, model, pre string
		vocab                    int
		template                 string // the chat template bitnet.Load picks
	}{
		// The qwen3 family's own format.
		{"qwen2", "Qwen3ForCausalLM", "gpt2", "qwen2", 2463, "qwen3"},
		// The llama family's default (llama3) needs header tokens a LLaMA-2 vocabulary lacks.
		{"llama2", "LlamaForCausalLM", "llama", "", 2860, "raw"},
		// Gemma's SentencePiece layout (no space prefix); the architecture does not matter to the vocabulary.
		{"gemma", "LlamaForCausalLM", "llama", "", 2868, "raw"},
	} {
		t.Run(tc.family, func(t *testing.T) {
			c := convert.CheckpointConfig{Architecture: tc.arch, Layers: 1, Hidden: 128, FFN: 256, Heads: 2, KVHeads: 1,
				Vocab: tc.vocab + 4, Special: 16, Context: 64, RopeTheta: 10000, Seed: 3}
			if tc.arch == "Qwen3ForCausalLM" {
				c.HeadDim = 64
			}
			dir := writeCkpt(t, c)
			src, err := os.ReadFile("../testdata/tokenizer/" + tc.family + "_tokenizer.json")
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "tokenizer.json"), src, 0o644))
			f, _ := convertTo(t, dir, gguf.TypeI2_S)

			model, err := f.String(tokenizer.KeyModel)
			require.NoError(t, err)
			assert.Equal(t, tc.model, model)
			pre, _ := f.String(tokenizer.KeyPre)
			assert.Equal(t, tc.pre, pre)
			tok, err := tokenizer.FromGGUF(f)
			require.NoError(t, err)
			assert.Equal(t, tc.vocab+4, tok.VocabSize()) // padded to config.json's vocab_size

			raw, err := os.ReadFile("../testdata/tokenizer/" + tc.family + "_cases.json")
			require.NoError(t, err)
			var cases struct {
				Cases []struct {
					Text       string  `json:"text"`
					IDsSpecial []int32 `json:"ids_special"`
				} `json:"cases"`
			}
			require.NoError(t, json.Unmarshal(raw, &cases))
			require.NotEmpty(t, cases.Cases)
			for _, k := range cases.Cases {
				got := tok.Encode(k.Text, tokenizer.EncodeOptions{ParseSpecial: true})
				if len(k.IDsSpecial) == 0 {
					assert.Empty(t, got, "ids of %q", k.Text)
				} else {
					assert.Equal(t, k.IDsSpecial, got, "ids of %q", k.Text)
				}
			}

			path := filepath.Join(t.TempDir(), "m.gguf")
			_, err = convert.Convert(context.Background(), dir, path, convert.Options{Type: gguf.TypeI2_S})
			require.NoError(t, err)
			m, err := bitnet.Load(context.Background(), path, bitnet.WithThreads(1))
			require.NoError(t, err)
			defer m.Close()
			assert.Equal(t, tc.template, m.Info().ChatTemplate)
			_, err = m.RenderChat([]bitnet.Message{{Role: bitnet.RoleUser, Content: "hi"}})
			require.NoError(t, err)
		})
	}
}
