package convert_test

import (
	"encoding/binary"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// spModel encodes a vocabulary as a SentencePiece ModelProto (BPE): pieces
// (1: piece 1, score 2, type 3), trainer spec (2: model_type 3, unk 40, bos
// 41, eos 42), normalizer spec (3: add_dummy_prefix 3).
func spModel(v tokenizer.Vocab) []byte {
	field := func(b []byte, num, wire int) []byte { return binary.AppendUvarint(b, uint64(num)<<3|uint64(wire)) }
	msg := func(b []byte, num int, m []byte) []byte {
		b = field(b, num, 2)
		b = binary.AppendUvarint(b, uint64(len(m)))
		return append(b, m...)
	}
	varint := func(b []byte, num int, x int64) []byte { return binary.AppendUvarint(field(b, num, 0), uint64(x)) }
	var out []byte
	for i, s := range v.Tokens {
		p := msg(nil, 1, []byte(s))
		p = binary.LittleEndian.AppendUint32(field(p, 2, 5), math.Float32bits(v.Scores[i]))
		p = varint(p, 3, int64(v.Types[i]))
		out = msg(out, 1, p)
	}
	ts := varint(nil, 3, 2)
	ts = varint(ts, 40, int64(v.UNK))
	ts = varint(ts, 41, int64(v.BOS))
	ts = varint(ts, 42, int64(v.EOS))
	out = msg(out, 2, ts)
	return msg(out, 3, varint(nil, 3, 1))
}

// TestConvertSentencePieceModel: a checkpoint with a tokenizer.model and no
// tokenizer.json (1bitLLM's layout; the LLaMA-2-shaped test vocabulary)
// converts to a "llama" vocabulary with the model's scores, padded to
// vocab_size and extended by added_tokens.json, and the tokenizer read back
// from the GGUF gives Hugging Face's ids for the family's strings.
func TestConvertSentencePieceModel(t *testing.T) {
	src, err := tokenizer.LoadFile("../testdata/tokenizer/llama2_tokenizer.json")
	require.NoError(t, err)
	v := src.Vocab()
	n := len(v.Tokens)
	dir := writeCkpt(t, convert.CheckpointConfig{Architecture: "BitNetForCausalLM", HiddenAct: "silu", Layers: 1, Hidden: 128,
		FFN: 256, Heads: 2, KVHeads: 1, Vocab: n + 4, Special: 16, Context: 64, RopeTheta: 10000, Tied: true, Seed: 3})
	require.NoError(t, os.Remove(filepath.Join(dir, "tokenizer.json")))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "tokenizer.model"), spModel(v), 0o644))
	added, _ := json.Marshal(map[string]int{"<pad>": n, "<s>": int(v.BOS)})
	require.NoError(t, os.WriteFile(filepath.Join(dir, "added_tokens.json"), added, 0o644))
	f, res := convertTo(t, dir, gguf.TypeI2_S)
	assert.Equal(t, "bitnet", res.Arch)

	model, err := f.String(tokenizer.KeyModel)
	require.NoError(t, err)
	assert.Equal(t, tokenizer.ModelLlama, model)
	scores, err := f.Float32s(tokenizer.KeyScores)
	require.NoError(t, err)
	assert.Equal(t, v.Scores, scores[:n])
	assert.Equal(t, float32(-1000), scores[n])
	tok, err := tokenizer.FromGGUF(f)
	require.NoError(t, err)
	assert.Equal(t, n+4, tok.VocabSize())
	id, ok := tok.TokenID("<pad>")
	require.True(t, ok)
	assert.Equal(t, int32(n), id)

	raw, err := os.ReadFile("../testdata/tokenizer/llama2_cases.json")
	require.NoError(t, err)
	var cases struct {
		Cases []struct {
			Text string  `json:"text"`
			IDs  []int32 `json:"ids"`
		} `json:"cases"`
	}
	require.NoError(t, json.Unmarshal(raw, &cases))
	require.GreaterOrEqual(t, len(cases.Cases), 700)
	bad := 0
	for _, c := range cases.Cases {
		want := c.IDs
		if want == nil {
			want = []int32{}
		}
		got := tok.Encode(c.Text, tokenizer.EncodeOptions{})
		if got == nil {
			got = []int32{}
		}
		if !assert.Equal(t, want, got, "ids of %q", c.Text) {
			bad++
		}
	}
	t.Logf("%d of %d strings give Hugging Face's ids", len(cases.Cases)-bad, len(cases.Cases))
}
