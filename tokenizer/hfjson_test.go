package tokenizer

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestVocabFromHFJSONLlama3(t *testing.T) {
	f, err := os.Open(llama3Path)
	require.NoError(t, err)
	defer f.Close()
	zr, err := gzip.NewReader(f)
	require.NoError(t, err)
	v, err := VocabFromHFJSON(zr)
	require.NoError(t, err)
	assert.Equal(t, ModelGPT2, v.Model)
	assert.Len(t, v.Tokens, 128256)
	assert.Len(t, v.Merges, 280147)
	assert.Equal(t, "Ġ Ġ", v.Merges[0])
	assert.Equal(t, int32(128000), v.BOS)
	assert.Equal(t, int32(128001), v.EOS)
	assert.Equal(t, int32(128009), v.EOT)
	assert.True(t, v.AddBOS)
	assert.Equal(t, "llama-bpe", v.Pre)
	assert.Equal(t, TypeNormal, v.Types[127999])
	assert.Equal(t, TypeControl, v.Types[128000])
	assert.Equal(t, TypeControl, v.Types[128255])
	assert.Equal(t, "<|eot_id|>", v.Tokens[128009])
}

// hfDoc builds a small byte-level tokenizer.json: the 256 byte tokens, the given merges (raw text pairs) and their
// results, and added tokens.
func hfDoc(pairs bool, merges [][2]string, added ...map[string]any) map[string]any {
	v := byteLevelVocab(merges)
	vocab := map[string]int{}
	for i, s := range v.Tokens {
		vocab[s] = i
	}
	var m any = v.Merges
	if pairs {
		var ps [][2]string
		for _, s := range v.Merges {
			a, b, _ := strings.Cut(s, " ")
			ps = append(ps, [2]string{a, b})
		}
		m = ps
	}
	if added == nil {
		added = []map[string]any{}
	}
	return map[string]any{
		"version": "1.0", "truncation": nil, "padding": nil, "added_tokens": added, "normalizer": nil,
		"pre_tokenizer": map[string]any{"type": "Sequence", "pretokenizers": []any{
			map[string]any{"type": "Split", "pattern": map[string]any{"Regex": llama3Regex}, "behavior": "Isolated", "invert": false},
			map[string]any{"type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": false},
		}},
		"post_processor": nil, "decoder": map[string]any{"type": "ByteLevel"},
		"model": map[string]any{"type": "BPE", "dropout": nil, "unk_token": nil, "continuing_subword_prefix": nil,
			"end_of_word_suffix": nil, "fuse_unk": false, "byte_fallback": false, "ignore_merges": true,
			"vocab": vocab, "merges": m},
	}
}

func marshal(t testing.TB, doc map[string]any) []byte {
	b, err := json.Marshal(doc)
	require.NoError(t, err)
	return b
}

func TestHFJSONVariants(t *testing.T) {
	merges := [][2]string{{"h", "e"}, {"l", "l"}, {"he", "ll"}, {" ", "w"}}
	strs, err := VocabFromHFJSON(bytes.NewReader(marshal(t, hfDoc(false, merges))))
	require.NoError(t, err)
	pairs, err := VocabFromHFJSON(bytes.NewReader(marshal(t, hfDoc(true, merges))))
	require.NoError(t, err)
	assert.Equal(t, strs, pairs, "both merge layouts")
	assert.Equal(t, []string{"h e", "l l", "he ll", "Ġ w"}, strs.Merges)
	assert.Equal(t, int32(-1), strs.BOS)
	assert.False(t, strs.AddBOS)

	// Added tokens: special ones are control, others user-defined; ids past the model's become [PAD] holes;
	// a TemplateProcessing post-processor names BOS.
	doc := hfDoc(false, merges,
		map[string]any{"id": 300, "content": "<|bos|>", "special": true},
		map[string]any{"id": 302, "content": "<x>", "special": false})
	doc["post_processor"] = map[string]any{"type": "Sequence", "processors": []any{
		map[string]any{"type": "ByteLevel"},
		map[string]any{"type": "TemplateProcessing", "single": []any{
			map[string]any{"SpecialToken": map[string]any{"id": "<|bos|>", "type_id": 0}},
			map[string]any{"Sequence": map[string]any{"id": "A", "type_id": 0}}}},
	}}
	tk, err := LoadHFJSON(bytes.NewReader(marshal(t, doc)))
	require.NoError(t, err)
	v := tk.Vocab()
	assert.Equal(t, int32(300), tk.BOS())
	assert.True(t, tk.AddBOS())
	assert.Equal(t, TypeControl, v.Types[300])
	assert.Equal(t, TypeUnused, v.Types[301])
	assert.Equal(t, "[PAD301]", v.Tokens[301])
	assert.Equal(t, TypeUserDefined, v.Types[302])
	he, _ := tk.TokenID("hell")
	assert.Equal(t, []int32{300, he, 'o', 302}, tk.Encode("hello<x>", EncodeOptions{AddBOS: true}))

	// GPT-2's plain ByteLevel pre-tokenizer.
	doc = hfDoc(false, merges)
	doc["pre_tokenizer"] = map[string]any{"type": "ByteLevel", "add_prefix_space": false, "use_regex": true}
	tk, err = LoadHFJSON(bytes.NewReader(marshal(t, doc)))
	require.NoError(t, err)
	assert.Equal(t, PreGPT2, tk.PreTokenizer())

	// ignore_merges false in the file is honoured.
	doc = hfDoc(false, [][2]string{{"a", "b"}})
	doc["model"].(map[string]any)["vocab"].(map[string]int)[mapped("abc")] = 400
	doc["model"].(map[string]any)["ignore_merges"] = false
	tk, err = LoadHFJSON(bytes.NewReader(marshal(t, doc)))
	require.NoError(t, err)
	assert.Equal(t, []int32{256, 'c'}, tk.Encode("abc", EncodeOptions{}))
}

func TestHFJSONErrors(t *testing.T) {
	tests := []struct {
		name   string
		edit   func(doc map[string]any)
		target error
	}{
		{"wordpiece", func(d map[string]any) { d["model"].(map[string]any)["type"] = "WordPiece" }, ErrUnsupported},
		{"byte fallback", func(d map[string]any) { d["model"].(map[string]any)["byte_fallback"] = true }, ErrUnsupported},
		{"normalizer", func(d map[string]any) { d["normalizer"] = map[string]any{"type": "NFC"} }, ErrUnsupported},
		{"other regex", func(d map[string]any) {
			d["pre_tokenizer"] = map[string]any{"type": "Split", "pattern": map[string]any{"Regex": `\s+`}}
		}, ErrUnsupported},
		{"negative id", func(d map[string]any) { d["model"].(map[string]any)["vocab"].(map[string]int)["zz"] = -3 }, ErrInvalidVocab},
		{"sparse ids", func(d map[string]any) { d["model"].(map[string]any)["vocab"].(map[string]int)["zz"] = 16_000_000 }, ErrInvalidVocab},
		{"shared id", func(d map[string]any) { d["model"].(map[string]any)["vocab"].(map[string]int)["zz"] = 5 }, ErrInvalidVocab},
		{"added token clash", func(d map[string]any) {
			d["added_tokens"] = []any{map[string]any{"id": 5, "content": "<s>", "special": true}}
		}, ErrInvalidVocab},
		{"merge with spaces", func(d map[string]any) { d["model"].(map[string]any)["merges"] = [][]string{{"a b", "c"}} }, ErrInvalidVocab},
		{"merges not strings", func(d map[string]any) { d["model"].(map[string]any)["merges"] = []int{1} }, ErrInvalidVocab},
		{"vocab not ids", func(d map[string]any) { d["model"].(map[string]any)["vocab"] = map[string]string{"a": "b"} }, ErrInvalidVocab},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := hfDoc(false, [][2]string{{"a", "b"}})
			tc.edit(doc)
			_, err := LoadHFJSON(bytes.NewReader(marshal(t, doc)))
			assert.ErrorIs(t, err, tc.target)
		})
	}
	for _, bad := range []string{"", "{", `{"model": {"vocab": {"a": 1,}}}`, `{"model": 3}`, `[]`, `{"a":1} x`, `{"model": {"vocab": {"a` + "\x01" + `": 1}}}`} {
		_, err := LoadHFJSON(strings.NewReader(bad))
		assert.ErrorIs(t, err, ErrInvalidVocab, "%q", bad)
	}
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	doc := marshal(t, hfDoc(false, [][2]string{{"a", "b"}}))
	plain := filepath.Join(dir, "tokenizer.json")
	require.NoError(t, os.WriteFile(plain, doc, 0o644))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	_, err := zw.Write(doc)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	zipped := filepath.Join(dir, "tokenizer.json.gz")
	require.NoError(t, os.WriteFile(zipped, gz.Bytes(), 0o644))
	for _, p := range []string{plain, zipped} {
		tk, err := LoadFile(p)
		require.NoError(t, err, p)
		assert.Equal(t, []int32{256}, tk.Encode("ab", EncodeOptions{}))
	}
	gguf := filepath.Join(dir, "model.gguf")
	require.NoError(t, os.WriteFile(gguf, []byte("GGUF\x03\x00\x00\x00"), 0o644))
	_, err = LoadFile(gguf)
	assert.ErrorIs(t, err, ErrUnsupported)
	_, err = LoadFile(filepath.Join(dir, "missing.json"))
	assert.ErrorIs(t, err, os.ErrNotExist)
	broken := filepath.Join(dir, "broken.json.gz")
	require.NoError(t, os.WriteFile(broken, gz.Bytes()[:len(gz.Bytes())/2], 0o644))
	_, err = LoadFile(broken)
	assert.Error(t, err)
}

// TestJSONStringsLikeEncodingJSON: jsonScanner.str agrees with encoding/json on escapes, surrogates and invalid
// UTF-8.
func TestJSONStringsLikeEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	pieces := []string{"a", "é", "😀", `\"`, `\\`, `\/`, `\n`, `\t`, `\b`, `\f`, `\r`, `\u0041`, `\u00e9`, `\ud83d\ude00`,
		`\ud83d`, `\ude00`, `\ud83dx`, `\u20AC`, "\xff", "\xe2\x82", " ", "Ġ"}
	for range 2000 {
		var b strings.Builder
		b.WriteByte('"')
		for range r.IntN(10) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		b.WriteByte('"')
		var want string
		require.NoError(t, json.Unmarshal([]byte(b.String()), &want), b.String())
		s := jsonScanner{b: []byte(b.String())}
		got, err := s.str()
		require.NoError(t, err)
		require.Equal(t, want, got, b.String())
	}
}

func FuzzLoadHFJSON(f *testing.F) {
	f.Add(marshal(f, hfDoc(false, [][2]string{{"a", "b"}, {"ab", "c"}})))
	f.Add(marshal(f, hfDoc(true, [][2]string{{"h", "e"}})))
	f.Add([]byte(`{"model": {"type": "BPE", "vocab": {"a": 0}, "merges": []}}`))
	f.Add([]byte(`{"added_tokens": [{"id": 1, "content": "x", "special": true}], "model": {"vocab": {"\u0041": 0}}}`))
	f.Add(marshal(f, spmDoc(false)))
	f.Add(marshal(f, spmDoc(true)))
	f.Fuzz(func(t *testing.T, data []byte) {
		tk, err := LoadHFJSON(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, s := range []string{"hello world", "abc<x>", "\xff"} {
			ids := tk.Encode(s, EncodeOptions{ParseSpecial: true, AddBOS: true})
			_ = tk.DecodeWith(ids, DecodeOptions{Special: true})
		}
	})
}

// spmDoc builds a small byte_fallback tokenizer.json in Gemma's layout (prefix false: normalizer Replace(" ", "▁"),
// a Split on " ", no Strip in the decoder) or LLaMA-2's (prefix true: Prepend + Replace, no pre-tokenizer, Strip).
func spmDoc(prefix bool) map[string]any {
	vocab := map[string]int{"<pad>": 0, "<eos>": 1, "<bos>": 2, "<unk>": 3}
	for b := range 256 {
		vocab[fmt.Sprintf("<0x%02X>", b)] = len(vocab)
	}
	for _, p := range []string{"▁", "h", "e", "l", "o", "he", "ll", "hell", "hello", "▁hello", "</s>"} {
		vocab[p] = len(vocab)
	}
	merges := [][2]string{{"h", "e"}, {"l", "l"}, {"he", "ll"}, {"hell", "o"}, {"▁", "hello"}}
	replace := func(from, to string) map[string]any {
		return map[string]any{"type": "Replace", "pattern": map[string]any{"String": from}, "content": to}
	}
	added := func(id int, s string, special bool) map[string]any {
		return map[string]any{"id": id, "content": s, "special": special, "normalized": false, "single_word": false,
			"lstrip": false, "rstrip": false}
	}
	single := []any{map[string]any{"SpecialToken": map[string]any{"id": "<bos>", "type_id": 0}},
		map[string]any{"Sequence": map[string]any{"id": "A", "type_id": 0}}}
	doc := map[string]any{
		"version": "1.0", "added_tokens": []any{added(0, "<pad>", true), added(1, "<eos>", true), added(2, "<bos>", true),
			added(3, "<unk>", true), added(vocab["</s>"], "</s>", false)},
		"normalizer":    replace(" ", "▁"),
		"pre_tokenizer": map[string]any{"type": "Split", "pattern": map[string]any{"String": " "}, "behavior": "MergedWithPrevious", "invert": false},
		"post_processor": map[string]any{"type": "TemplateProcessing", "single": single, "pair": single,
			"special_tokens": map[string]any{"<bos>": map[string]any{"id": "<bos>", "ids": []int{2}, "tokens": []string{"<bos>"}}}},
		"decoder": map[string]any{"type": "Sequence", "decoders": []any{replace("▁", " "),
			map[string]any{"type": "ByteFallback"}, map[string]any{"type": "Fuse"}}},
		"model": map[string]any{"type": "BPE", "dropout": nil, "unk_token": "<unk>", "continuing_subword_prefix": nil,
			"end_of_word_suffix": nil, "fuse_unk": true, "byte_fallback": true, "ignore_merges": false,
			"vocab": vocab, "merges": merges},
	}
	if prefix {
		doc["normalizer"] = map[string]any{"type": "Sequence", "normalizers": []any{
			map[string]any{"type": "Prepend", "prepend": "▁"}, replace(" ", "▁")}}
		doc["pre_tokenizer"] = nil
		doc["decoder"].(map[string]any)["decoders"] = append(doc["decoder"].(map[string]any)["decoders"].([]any),
			map[string]any{"type": "Strip", "content": " ", "start": 1, "stop": 0})
	}
	return doc
}

// TestHFJSONSentencePieceSchemes: both accepted spellings, and what is refused. The expected ids and texts are what
// Hugging Face tokenizers (@anush008/tokenizers 0.6.0) gives for spmDoc's two files (checked 2026-12-03).
func TestHFJSONSentencePieceSchemes(t *testing.T) {
	for _, prefix := range []bool{false, true} {
		tk, err := LoadHFJSON(bytes.NewReader(marshal(t, spmDoc(prefix))))
		require.NoError(t, err, "prefix %v", prefix)
		v := tk.Vocab()
		assert.Equal(t, ModelLlama, v.Model)
		assert.Equal(t, prefix, v.AddSpacePrefix)
		assert.Equal(t, []int32{0, 1, 2, 3}, []int32{v.PAD, v.EOS, v.BOS, v.UNK}) // EOS is <eos>, not the user-defined </s>
		hello, _ := tk.TokenID("hello")
		sphello, _ := tk.TokenID("▁hello")
		sp, _ := tk.TokenID("▁")
		want := []int32{2, hello, sp, sphello} // Gemma: no "▁" in front of the text
		if prefix {
			want = []int32{2, sphello, sp, sphello}
		}
		ids := tk.Encode("hello  hello", EncodeOptions{AddBOS: true})
		assert.Equal(t, want, ids, "prefix %v", prefix)
		assert.Equal(t, "hello  hello", tk.Decode(ids))
		// The user-defined </s> is matched in the text and decodes to its text; "▁" in text decodes to a space.
		es, _ := tk.TokenID("</s>")
		assert.Equal(t, []int32{es}, tk.Encode("</s>", EncodeOptions{}))
		x := int32(4 + 'x') // <0x78>
		want = []int32{sp, x}
		if prefix {
			want = []int32{sp, sp, x}
		}
		ids = tk.Encode("▁x", EncodeOptions{})
		assert.Equal(t, want, ids, "prefix %v", prefix)
		assert.Equal(t, " x", tk.Decode(ids))
	}

	replace := map[string]any{"type": "Replace", "pattern": map[string]any{"String": " "}, "content": "▁"}
	refused := []struct {
		name   string
		prefix bool
		edit   func(d map[string]any)
	}{
		{"strip without prefix", false, func(d map[string]any) { d["decoder"] = spmDoc(true)["decoder"] }},
		{"prefix without strip", true, func(d map[string]any) { d["decoder"] = spmDoc(false)["decoder"] }},
		{"no decoder", false, func(d map[string]any) { d["decoder"] = nil }},
		{"byte-level decoder", false, func(d map[string]any) { d["decoder"] = map[string]any{"type": "ByteLevel"} }},
		{"split that splits", false, func(d map[string]any) {
			d["pre_tokenizer"].(map[string]any)["pattern"] = map[string]any{"String": "▁"}
		}},
		{"split regex", false, func(d map[string]any) {
			d["pre_tokenizer"].(map[string]any)["pattern"] = map[string]any{"Regex": " "}
		}},
		{"inverted split", false, func(d map[string]any) { d["pre_tokenizer"].(map[string]any)["invert"] = true }},
		{"unknown behavior", false, func(d map[string]any) { d["pre_tokenizer"].(map[string]any)["behavior"] = "Sideways" }},
		{"metaspace", false, func(d map[string]any) {
			d["pre_tokenizer"] = map[string]any{"type": "Metaspace", "replacement": "▁", "prepend_scheme": "always"}
		}},
		{"prefix with split", true, func(d map[string]any) { d["pre_tokenizer"] = spmDoc(false)["pre_tokenizer"] }},
		{"no normalizer", false, func(d map[string]any) { d["normalizer"] = nil }},
		{"replace other", false, func(d map[string]any) {
			d["normalizer"] = map[string]any{"type": "Replace", "pattern": map[string]any{"String": "\t"}, "content": "▁"}
		}},
		{"prepend other", true, func(d map[string]any) {
			d["normalizer"] = map[string]any{"type": "Sequence", "normalizers": []any{
				map[string]any{"type": "Prepend", "prepend": "_"}, replace}}
		}},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			doc := spmDoc(tc.prefix)
			tc.edit(doc)
			_, err := LoadHFJSON(bytes.NewReader(marshal(t, doc)))
			assert.ErrorIs(t, err, ErrUnsupported)
		})
	}
}
