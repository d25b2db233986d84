package grammar

import (
	"math/bits"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/bitnet-go/bitnet-go/tokenizer"
	"github.com/stretchr/testify/require"
)

// llama3Vocab is the real 128,256-token LLaMA-3 vocabulary BitNet b1.58 2B-4T
// uses, from the tokenizer tests' fixture.
var llama3Vocab = sync.OnceValues(func() (*Vocab, error) {
	tk, err := tokenizer.LoadFile("../testdata/tokenizer/tokenizer.json.gz")
	if err != nil {
		return nil, err
	}
	return VocabFromTokenizer(tk), nil
})

func realVocab(tb testing.TB) *Vocab {
	tb.Helper()
	v, err := llama3Vocab()
	require.NoError(tb, err)
	return v
}

const benchSchema = `{"type":"object","properties":{"name":{"type":"string","maxLength":40},"age":{"type":"integer"},
"tags":{"type":"array","items":{"type":"string","maxLength":12},"maxItems":8},"when":{"type":"string","format":"date-time"},
"kind":{"enum":["a","b","c"]}},"required":["name","age","tags","when","kind"],"additionalProperties":false}`

// BenchmarkMaskPerToken measures what grammar constraint adds to one decode
// step with the real 128k vocabulary: Mask over the logits, then Accept of an
// allowed token picked at random, for whole generations (up to 256 tokens)
// with a fresh Matcher each (cold caches, as a server request starts). ns/op
// is per generated token.
func BenchmarkMaskPerToken(b *testing.B) {
	for _, bc := range []struct{ name, schema string }{{"schema", benchSchema}, {"json_object", ""}} {
		b.Run(bc.name, func(b *testing.B) {
			v := realVocab(b)
			var g *Grammar
			var err error
			if bc.schema == "" {
				g, err = JSON()
			} else {
				g, err = FromJSONSchema([]byte(bc.schema))
			}
			require.NoError(b, err)
			logits := make([]float32, v.Size())
			r := rand.New(rand.NewPCG(1, 1))
			mt := NewMatcher(g, v)
			tokens := 0
			b.ResetTimer()
			for range b.N {
				if mt.Done() || tokens == 256 || mt.Err() != nil {
					mt = NewMatcher(g, v)
					tokens = 0
				}
				mt.Mask(logits, nil)
				id := pickAllowed(mt.Allowed(), r)
				if id < 0 {
					mt = NewMatcher(g, v)
					tokens = 0
					continue
				}
				if err := mt.Accept(id); err != nil {
					b.Fatal(err)
				}
				tokens++
			}
		})
	}
}

// pickAllowed returns an allowed token near a random position (cheap
// enough not to matter next to Mask), or -1 if none is allowed.
func pickAllowed(mask []uint64, r *rand.Rand) int32 {
	start := r.IntN(len(mask))
	for k := range mask {
		w := (start + k) % len(mask)
		if mask[w] != 0 {
			return int32(w*64 + bits.TrailingZeros64(mask[w]))
		}
	}
	return -1
}

// BenchmarkColdState is the worst single step: a state never seen, inside a
// JSON string, where almost every token is allowed and the trie walk visits
// the whole vocabulary.
func BenchmarkColdState(b *testing.B) {
	v := realVocab(b)
	g, err := FromJSONSchema([]byte(`{"type":"string"}`))
	require.NoError(b, err)
	for range b.N {
		mt := NewMatcher(g, v)
		if err := mt.AcceptBytes([]byte(`"`)); err != nil {
			b.Fatal(err)
		}
		if mt.AllowedCount() < 100000 {
			b.Fatal("expected most of the vocabulary inside a string")
		}
	}
}

func BenchmarkNewVocab(b *testing.B) {
	tk, err := tokenizer.LoadFile("../testdata/tokenizer/tokenizer.json.gz")
	require.NoError(b, err)
	for range b.N {
		VocabFromTokenizer(tk)
	}
}

func TestRealVocab(t *testing.T) {
	v := realVocab(t)
	require.Equal(t, 128256, v.Size())
	g, err := FromJSONSchema([]byte(benchSchema))
	require.NoError(t, err)
	mt := NewMatcher(g, v)
	// The first token must start the object: "{" and tokens like "{\"".
	n := mt.AllowedCount()
	require.Greater(t, n, 0)
	require.Less(t, n, 200)
}

// TestRealVocabMasks checks the trie walk on the real vocabulary against
// stepping every token's bytes one by one, in a few states of a schema.
func TestRealVocabMasks(t *testing.T) {
	v := realVocab(t)
	g, err := FromJSONSchema([]byte(benchSchema))
	require.NoError(t, err)
	for _, prefix := range []string{``, `{`, `{"name": "ab`, `{"name": "x", "age": -1`, `{"name": "é", "age": 3, "tags": [`} {
		mt := NewMatcher(g, v)
		require.NoError(t, mt.AcceptBytes([]byte(prefix)))
		allowed := mt.Allowed()
		n := 0
		for id, tok := range v.tokens {
			s := mt.state
			for _, b := range tok {
				if s = mt.m.step(s, b); s < 0 {
					break
				}
			}
			want := len(tok) > 0 && s >= 0
			got := allowed[id>>6]&(1<<(id&63)) != 0
			if want != got {
				t.Fatalf("after %q: token %d %q: trie says %v, stepping says %v", prefix, id, tok, got, want)
			}
			if want {
				n++
			}
		}
		t.Logf("after %q: %d tokens allowed", prefix, n)
	}
}
