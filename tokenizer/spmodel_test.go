package tokenizer

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// protoWriter builds protobuf messages for the tests (the package only reads them).
type protoWriter struct{ b []byte }

func (w *protoWriter) tag(num, wire int) {
	w.b = binary.AppendUvarint(w.b, uint64(num)<<3|uint64(wire))
}
func (w *protoWriter) varint(num int, v int64) {
	w.tag(num, 0)
	w.b = binary.AppendUvarint(w.b, uint64(v))
}
func (w *protoWriter) bytes(num int, b []byte) {
	w.tag(num, 2)
	w.b = binary.AppendUvarint(w.b, uint64(len(b)))
	w.b = append(w.b, b...)
}
func (w *protoWriter) float(num int, f float32) {
	w.tag(num, 5)
	w.b = binary.LittleEndian.AppendUint32(w.b, math.Float32bits(f))
}

// sentencePieceModel encodes v as a SentencePiece ModelProto, with unknown
// fields sprinkled in (the reader must skip them) and the default piece type
// left implicit.
func sentencePieceModel(v Vocab, modelType int64) []byte {
	var m protoWriter
	m.varint(99, 7) // an unknown top-level field
	for i, tok := range v.Tokens {
		var p protoWriter
		p.bytes(1, []byte(tok))
		p.float(2, v.Scores[i])
		if v.Types[i] != TypeNormal {
			p.varint(3, int64(v.Types[i]))
		}
		m.bytes(1, p.b)
	}
	var ts protoWriter
	ts.bytes(1, []byte("corpus.txt"))
	ts.varint(3, modelType) // 2: BPE
	ts.varint(4, int64(len(v.Tokens)))
	ts.float(10, 0.9995)
	ts.varint(35, 1)
	ts.varint(40, int64(v.UNK))
	ts.varint(41, int64(v.BOS))
	ts.varint(42, int64(v.EOS))
	ts.varint(43, -1) // pad disabled: ten bytes on the wire
	m.bytes(2, ts.b)
	var ns protoWriter
	ns.bytes(1, []byte("identity"))
	ns.varint(3, 1)
	ns.varint(4, 0)
	m.bytes(3, ns.b)
	return m.b
}

// TestSentencePieceModelSynthetic: the synthetic LLaMA-2-layout vocabulary
// written as a tokenizer.model reads back with the same pieces, scores,
// types and special ids, and tokenizes the family's strings to Hugging
// Face's ids.
func TestSentencePieceModelSynthetic(t *testing.T) {
	hf, cases := loadFamily(t, "llama2")
	want := hf.Vocab()
	v, err := VocabFromSentencePiece(sentencePieceModel(want, 2))
	require.NoError(t, err)
	assert.Equal(t, ModelLlama, v.Model)
	assert.Equal(t, want.Tokens, v.Tokens)
	assert.Equal(t, want.Scores, v.Scores)
	assert.Equal(t, want.Types, v.Types)
	assert.Equal(t, []int32{want.BOS, want.EOS, want.UNK, -1}, []int32{v.BOS, v.EOS, v.UNK, v.PAD})
	assert.True(t, v.AddSpacePrefix)
	tk, err := New(v)
	require.NoError(t, err)
	for _, c := range cases {
		assert.Equal(t, c.IDs, nonNil(tk.Encode(c.Text, EncodeOptions{})), "ids of %q", c.Text)
	}

	// A unigram model (T5's kind) is refused, as is a truncated file.
	_, err = VocabFromSentencePiece(sentencePieceModel(want, 1))
	require.ErrorIs(t, err, ErrUnsupported)
	full := sentencePieceModel(want, 2)
	_, err = VocabFromSentencePiece(full[:len(full)-3])
	require.Error(t, err)
}

// TestSentencePieceModelReal reads Meta's LLaMA-2 tokenizer.model (the one
// 1bitLLM's bitnet_b1_58 checkpoints use; not committed: point
// BITNET_LLAMA2_SPM_MODEL at it, e.g. karpathy/llama2.c's copy) and compares
// with the ids Google's SentencePiece library gives for 786 strings
// (testdata/tokenizer/llama2_spm_model_ids.json, scripts/gen-spm-model-ids.py).
func TestSentencePieceModelReal(t *testing.T) {
	raw, err := os.ReadFile("../testdata/tokenizer/llama2_spm_model_ids.json")
	require.NoError(t, err)
	var f struct {
		SHA256             string `json:"model_sha256"`
		Vocab              int    `json:"vocab_size"`
		BOS, EOS, UNK, PAD int32
		Cases              []struct {
			Text string  `json:"text"`
			IDs  []int32 `json:"ids"`
		} `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(raw, &f))
	require.GreaterOrEqual(t, len(f.Cases), 700)
	path := os.Getenv("BITNET_LLAMA2_SPM_MODEL")
	if path == "" {
		t.Skip("SKIP: BITNET_LLAMA2_SPM_MODEL not set: the real LLaMA-2 tokenizer.model is not committed (see the test's comment)")
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, f.SHA256, fmt.Sprintf("%x", sha256.Sum256(data)), "%s is not the tokenizer.model the ids came from", path)
	v, err := VocabFromSentencePiece(data)
	require.NoError(t, err)
	require.Len(t, v.Tokens, f.Vocab)
	tk, err := New(v)
	require.NoError(t, err)
	bad := 0
	for _, c := range f.Cases {
		if !assert.Equal(t, nonNil(c.IDs), nonNil(tk.Encode(c.Text, EncodeOptions{})), "ids of %q", c.Text) {
			bad++
		}
	}
	t.Logf("llama2 tokenizer.model: %d of %d strings match SentencePiece", len(f.Cases)-bad, len(f.Cases))
}

// FuzzSentencePieceModel: any bytes either fail to read or give a vocabulary
// whose special ids are in range; none panic.
func FuzzSentencePieceModel(f *testing.F) {
	tk, err := LoadFile("../testdata/tokenizer/llama2_tokenizer.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sentencePieceModel(tk.Vocab(), 2))
	f.Add([]byte{0x0a, 0x05, 0x0a, 0x01, 'a', 0x10, 0x01})
	f.Add([]byte{0x12, 0x02, 0x18, 0x02})
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := VocabFromSentencePiece(data)
		if err != nil {
			return
		}
		n := int32(len(v.Tokens))
		for _, id := range []int32{v.BOS, v.EOS, v.UNK, v.PAD} {
			if id < -1 || id >= n {
				t.Fatalf("special id %d outside [-1, %d)", id, n)
			}
		}
		if len(v.Scores) != len(v.Tokens) || len(v.Types) != len(v.Tokens) {
			t.Fatalf("%d tokens, %d scores, %d types", len(v.Tokens), len(v.Scores), len(v.Types))
		}
		if tk, err := New(v); err == nil {
			tk.Encode("hello world", EncodeOptions{AddBOS: true})
		}
	})
}
