package tokenizer

import (
	"bytes"
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

// paragraph is ordinary English prose for BenchmarkEncode.
const paragraph = `The quick brown fox jumps over the lazy dog. BitNet b1.58 is a 1-bit large language model in which every
weight is ternary: -1, 0 or +1. Microsoft trained the 2B-4T model on 4 trillion tokens, and it matches full-precision
models of similar size on many benchmarks while using far less memory and energy. Its tokenizer is the one LLaMA 3
introduced: a byte-level BPE with 128,256 tokens, so every string, in any language, can be encoded without unknown
tokens. Isn't that neat? We'll measure how fast a pure Go implementation can split and merge such text.
`

func BenchmarkEncode(b *testing.B) {
	tk := llama3(b)
	text := strings.Repeat(paragraph, 16)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tk.Encode(text, EncodeOptions{})
	}
}

func BenchmarkDecode(b *testing.B) {
	tk := llama3(b)
	text := strings.Repeat(paragraph, 16)
	ids := tk.Encode(text, EncodeOptions{})
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tk.Decode(ids)
	}
}

// BenchmarkLoadLlama3 measures LoadFile on the gzip-compressed LLaMA-3 tokenizer.json (gunzip, JSON, New).
func BenchmarkLoadLlama3(b *testing.B) {
	for b.Loop() {
		if _, err := LoadFile(llama3Path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewLlama3 measures New alone: the cost of loading a tokenizer from GGUF metadata already in memory.
func BenchmarkNewLlama3(b *testing.B) {
	v := llama3(b).Vocab()
	for b.Loop() {
		if _, err := New(v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseHFJSON measures VocabFromHFJSON alone on the unzipped tokenizer.json.
func BenchmarkParseHFJSON(b *testing.B) {
	raw, err := os.ReadFile(llama3Path)
	if err != nil {
		b.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		b.Fatal(err)
	}
	var js bytes.Buffer
	if _, err := js.ReadFrom(zr); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(js.Len()))
	for b.Loop() {
		if _, err := VocabFromHFJSON(bytes.NewReader(js.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeSpecialLookalikes is the worst case for special-token matching: every other byte starts a
// candidate of LLaMA-3's 256 "<|...|>" tokens.
func BenchmarkEncodeSpecialLookalikes(b *testing.B) {
	tk := llama3(b)
	text := strings.Repeat("<|eot_i", 20000)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tk.Encode(text, EncodeOptions{ParseSpecial: true})
	}
}
