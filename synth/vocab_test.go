package synth

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// unmap returns the raw bytes a byte-level token string stands for.
func unmap(s string) ([]byte, bool) {
	inv := map[rune]byte{}
	for b, r := range byteRunes {
		inv[r] = byte(b)
	}
	var out []byte
	for _, r := range s {
		b, ok := inv[r]
		if !ok {
			return nil, false
		}
		out = append(out, b)
	}
	return out, true
}

func TestByteTokens(t *testing.T) {
	toks := byteTokens()
	require.Len(t, toks, 256)
	assert.Equal(t, "!", toks[0])
	assert.Equal(t, "~", toks[93])
	assert.Equal(t, "¡", toks[94])
	assert.Equal(t, "Ā", toks[188]) // byte 0x00, the first remapped byte
	assert.Equal(t, "Ġ", toks[220]) // the space, as in LLaMA-3 (id 220)
	assert.Equal(t, "Ń", toks[255])
	seen := map[byte]bool{}
	for _, s := range toks {
		b, ok := unmap(s)
		require.True(t, ok)
		require.Len(t, b, 1)
		seen[b[0]] = true
		assert.Equal(t, 1, utf8.RuneCountInString(s))
	}
	assert.Len(t, seen, 256)
}

// checkVocab checks the invariants ByteLevelVocab promises.
func checkVocab(t *testing.T, v tokenizer.Vocab, size, special int) {
	t.Helper()
	require.Len(t, v.Tokens, size)
	require.Len(t, v.Types, size)
	normal := size - special
	require.Len(t, v.Merges, normal-256)
	assert.Equal(t, tokenizer.ModelGPT2, v.Model)
	assert.Equal(t, int32(normal), v.BOS)
	assert.Equal(t, int32(normal+1), v.EOS)
	assert.Equal(t, int32(normal+1), v.PAD)
	assert.Equal(t, int32(normal+9), v.EOT)
	assert.Equal(t, int32(-1), v.UNK)
	assert.Equal(t, "<|eot_id|>", v.Tokens[v.EOT])
	assert.True(t, v.AddBOS)
	ids := make(map[string]int, size)
	for i, s := range v.Tokens {
		_, dup := ids[s]
		require.False(t, dup, "duplicate token %q", s)
		ids[s] = i
		if i < normal {
			require.Equal(t, tokenizer.TypeNormal, v.Types[i])
			b, ok := unmap(s)
			require.True(t, ok, "token %d %q is not byte-level mapped", i, s)
			require.LessOrEqual(t, len(b), maxTokenBytes)
		} else {
			require.Equal(t, tokenizer.TypeControl, v.Types[i])
			require.Equal(t, SpecialTokenName(i-normal), s)
		}
	}
	for k, m := range v.Merges {
		a, b, ok := strings.Cut(m, " ")
		require.True(t, ok, m)
		require.NotContains(t, b, " ")
		ia, oka := ids[a]
		ib, okb := ids[b]
		require.True(t, oka && okb, "merge %q: parts not tokens", m)
		// Merge k makes token 256+k from earlier tokens.
		require.Equal(t, a+b, v.Tokens[256+k])
		require.Less(t, ia, 256+k)
		require.Less(t, ib, 256+k)
	}
}

func TestByteLevelVocab(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	cases := [][2]int{{266, 10}, {267, 11}, {300, 16}, {1024, 16}, {1536, 16}, {5000, 256}}
	for range 6 {
		cases = append(cases, [2]int{266 + r.IntN(3000), 10 + r.IntN(40)})
	}
	for _, c := range cases {
		size, special := c[0], c[1]
		seed := r.Uint64()
		v, err := ByteLevelVocab(size, special, seed)
		require.NoError(t, err, "size %d special %d", size, special)
		checkVocab(t, v, size, special)
		tok, err := tokenizer.New(v)
		require.NoError(t, err, "size %d special %d", size, special)
		// Byte-level BPE encodes any text and decodes it back.
		for range 20 {
			s := randomText(r)
			assert.Equal(t, s, tok.Decode(tok.Encode(s, tokenizer.EncodeOptions{})), "round trip of %q", s)
		}
		v2, err := ByteLevelVocab(size, special, seed)
		require.NoError(t, err)
		assert.Equal(t, v, v2, "not deterministic")
	}
	for _, bad := range [][2]int{{265, 10}, {300, 9}, {100, 10}, {maxDim + 1, 10}} {
		_, err := ByteLevelVocab(bad[0], bad[1], 1)
		assert.Error(t, err, "%v", bad)
	}
}

// randomText returns a short string of ASCII words, spaces, digits and some
// multi-byte characters.
func randomText(r *rand.Rand) string {
	const alphabet = "abcdefghijklmnopqrstuvwxyz ABC 0123456789 .,!?'\n\téü中😀"
	runes := []rune(alphabet)
	n := r.IntN(40)
	var b strings.Builder
	for range n {
		b.WriteRune(runes[r.IntN(len(runes))])
	}
	return b.String()
}

func FuzzByteLevelVocab(f *testing.F) {
	f.Add(uint16(300), uint8(10), uint64(1))
	f.Add(uint16(1024), uint8(16), uint64(42))
	f.Fuzz(func(t *testing.T, size uint16, special uint8, seed uint64) {
		v, err := ByteLevelVocab(int(size), int(special), seed)
		if int(special) < minSpecial || int(size) < 256+int(special) {
			require.Error(t, err)
			return
		}
		require.NoError(t, err)
		checkVocab(t, v, int(size), int(special))
		_, err = tokenizer.New(v)
		require.NoError(t, err)
	})
}
