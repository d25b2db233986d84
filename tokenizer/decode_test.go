package tokenizer

import (
	"encoding/binary"
	"encoding/json"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDecodeLossyMatchesHuggingFace decodes id sequences that split or garble UTF-8 and compares with what
// Hugging Face's ByteLevel decoder (Rust String::from_utf8_lossy) made of them.
func TestDecodeLossyMatchesHuggingFace(t *testing.T) {
	raw, err := os.ReadFile("../testdata/tokenizer/llama3_cases.json")
	require.NoError(t, err)
	var f struct {
		Lossy []struct {
			IDs  []int32 `json:"ids"`
			Text string  `json:"text"`
		} `json:"lossy"`
	}
	require.NoError(t, json.Unmarshal(raw, &f))
	require.NotEmpty(t, f.Lossy)
	tk := llama3(t)
	for _, c := range f.Lossy {
		assert.Equal(t, c.Text, tk.DecodeWith(c.IDs, DecodeOptions{Special: true}), "%v", c.IDs)
		assert.Equal(t, c.Text, streamAll(tk.NewStreamDecoderWith(DecodeOptions{Special: true}), c.IDs), "%v", c.IDs)
	}
}

func streamAll(d *StreamDecoder, ids []int32) string {
	var b strings.Builder
	for _, id := range ids {
		b.WriteString(d.Next(id))
	}
	b.WriteString(d.Flush())
	return b.String()
}

func TestAppendValid(t *testing.T) {
	tests := []struct {
		in, final, partial string
	}{
		{"abc", "abc", "abc"},
		{"\xe2\x82\xac", "€", "€"},
		{"a\xe2\x82", "a\uFFFD", "a"},                                // incomplete at the end: held back unless final
		{"\xe0\x80", "\uFFFD\uFFFD", "\uFFFD\uFFFD"},                 // E0 needs A0-BF next: two maximal subparts
		{"\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD", "\uFFFD\uFFFD\uFFFD"}, // surrogate
		{"\xf0\x9f\x98", "\uFFFD", ""},
		{"\xf0\x9f\x98\x80\x80", "😀\uFFFD", "😀\uFFFD"},
		{"\xc3A", "\uFFFDA", "\uFFFDA"},
		{"\xff\xfe", "\uFFFD\uFFFD", "\uFFFD\uFFFD"},
		{"\xef\xbf\xbd", "\uFFFD", "\uFFFD"}, // a real U+FFFD
		{"\xf4\x8f\xbf\xbf", "\U0010FFFF", "\U0010FFFF"},
		{"\xf4\x90", "\uFFFD\uFFFD", "\uFFFD\uFFFD"}, // F4 90 can never be valid: not held back
	}
	for _, tc := range tests {
		got, n := appendValid(nil, []byte(tc.in), true)
		assert.Equal(t, tc.final, string(got), "final %q", tc.in)
		assert.Equal(t, len(tc.in), n)
		got, _ = appendValid(nil, []byte(tc.in), false)
		assert.Equal(t, tc.partial, string(got), "partial %q", tc.in)
	}
}

func TestStreamDecoder(t *testing.T) {
	tk := llama3(t)
	text := "héllo 😀 世界 👨‍👩‍👧 <|eot_id|>"
	// One token per byte splits every multi-byte character across tokens.
	var ids []int32
	for i := 0; i < len(text); i++ {
		id, ok := tk.TokenID(string(byteRune[text[i]]))
		require.True(t, ok)
		ids = append(ids, id)
	}
	d := tk.NewStreamDecoder()
	var out strings.Builder
	for _, id := range ids {
		s := d.Next(id)
		require.True(t, utf8.ValidString(s), "%q", s)
		out.WriteString(s)
	}
	assert.Empty(t, d.Flush())
	assert.Equal(t, text, out.String())

	// An incomplete character at the end comes out of Flush as U+FFFD, once; the decoder is then empty.
	euro := tk.Encode("€", EncodeOptions{})
	b0, _ := tk.TokenID(string(byteRune[0xe2]))
	a := tk.Encode("a", EncodeOptions{})
	d = tk.NewStreamDecoder()
	assert.Equal(t, "a", d.Next(a[0]))
	assert.Equal(t, "", d.Next(b0))
	assert.Equal(t, "\uFFFD", d.Flush())
	assert.Equal(t, "", d.Flush())
	assert.Equal(t, "€", d.Next(euro[0]))

	// Control tokens: "" by default, their text when asked; out-of-range ids are ignored.
	d = tk.NewStreamDecoder()
	assert.Equal(t, "", d.Next(128009))
	assert.Equal(t, "", d.Next(-5))
	assert.Equal(t, "", d.Next(1<<30))
	d = tk.NewStreamDecoderWith(DecodeOptions{Special: true})
	assert.Equal(t, "<|eot_id|>", d.Next(128009))
}

// TestStreamEqualsDecode: for random id sequences (byte tokens that split characters, words, control tokens,
// out-of-range ids) the stream's pieces are valid UTF-8 and concatenate to DecodeWith.
func TestStreamEqualsDecode(t *testing.T) {
	tk := llama3(t)
	r := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		ids := make([]int32, r.IntN(20))
		for i := range ids {
			switch r.IntN(4) {
			case 0:
				ids[i] = int32(r.IntN(256)) // LLaMA-3's single-byte tokens, 0x80-0xFF included
			case 1:
				ids[i] = int32(r.IntN(tk.VocabSize() + 100))
			case 2:
				ids[i] = 128000 + int32(r.IntN(256))
			default:
				ids[i] = int32(r.IntN(1000)) - 500
			}
		}
		for _, o := range []DecodeOptions{{}, {Special: true}} {
			d := tk.NewStreamDecoderWith(o)
			var b strings.Builder
			for _, id := range ids {
				s := d.Next(id)
				require.True(t, utf8.ValidString(s))
				b.WriteString(s)
			}
			b.WriteString(d.Flush())
			require.Equal(t, tk.DecodeWith(ids, o), b.String(), "%v", ids)
			require.True(t, utf8.ValidString(b.String()))
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 0, 0, 0x9e, 0xf4, 1})
	f.Add([]byte{0xff, 0xff, 0xff, 0, 0, 0x80})
	tk, err := llama3Once()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Every 3 bytes make an id in [-100, 129900): negative, valid and past the end of the vocabulary.
		var ids []int32
		for len(data) >= 3 {
			v := binary.LittleEndian.Uint32(append(data[:3:3], 0))
			ids = append(ids, int32(v%130000)-100)
			data = data[3:]
		}
		for _, o := range []DecodeOptions{{}, {Special: true}} {
			whole := tk.DecodeWith(ids, o)
			if !utf8.ValidString(whole) {
				t.Fatalf("invalid UTF-8 from %v", ids)
			}
			if got := streamAll(tk.NewStreamDecoderWith(o), ids); got != whole {
				t.Fatalf("stream %q != decode %q for %v", got, whole, ids)
			}
		}
	})
}
