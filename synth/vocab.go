package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"

	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// byteRunes is GPT-2's byte-to-unicode table: printable Latin-1 bytes stand
// for themselves, the other 68 get code points 256, 257, ... in byte order.
var byteRunes = func() (t [256]rune) {
	n := rune(0)
	for b := range 256 {
		printable := (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF)
		if printable {
			t[b] = rune(b)
		} else {
			t[b] = 256 + n
			n++
		}
	}
	return t
}()

// byteTokens returns the 256 single-byte token strings in LLaMA-3's id
// order: ascending code point of their mapped character (so "!" is id 0 and
// the remapped control bytes come last).
func byteTokens() []string {
	out := make([]string, 0, 256)
	for r := rune(0); r < 256+68; r++ {
		for b := range 256 {
			if byteRunes[b] == r {
				out = append(out, string(r))
			}
		}
	}
	return out
}

// SpecialTokenName returns the name LLaMA-3 gives its i-th special token
// (id 128000+i): <|begin_of_text|>, <|end_of_text|>, <|start_header_id|>
// (6), <|end_header_id|> (7), <|eot_id|> (9), and
// <|reserved_special_token_K|> for the others, K counting up from 0.
func SpecialTokenName(i int) string {
	switch i {
	case 0:
		return "<|begin_of_text|>"
	case 1:
		return "<|end_of_text|>"
	case 6:
		return "<|start_header_id|>"
	case 7:
		return "<|end_header_id|>"
	case 9:
		return "<|eot_id|>"
	}
	k := i - 2 // reserved 0..3 are ids 2..5
	switch {
	case i == 8:
		k = 4
	case i > 9:
		k = i - 5
	}
	return "<|reserved_special_token_" + strconv.Itoa(k) + "|>"
}

// maxTokenBytes bounds the length of a merged token.
const maxTokenBytes = 16

// ByteLevelVocab returns a GPT-2 style byte-level BPE vocabulary of size
// tokens, laid out like LLaMA-3's: ids 0..255 are the byte tokens, then
// size-256-special tokens each made by one merge of two earlier tokens
// (merge k makes token 256+k, so merges are in rank order), then special
// control tokens named as LLaMA-3's (SpecialTokenName). BOS is the first
// special token, EOS (and PAD) the second, EOT the tenth (<|eot_id|>).
// Token strings use GPT-2's byte-to-unicode mapping, every merge's parts and
// result are tokens, and no two tokens are equal. The merges are drawn at
// random from seed, biased towards short and early tokens; they do not
// model any language. special must be at least 10.
func ByteLevelVocab(size, special int, seed uint64) (tokenizer.Vocab, error) {
	if special < minSpecial || size < 256+special || size > maxDim {
		return tokenizer.Vocab{}, fmt.Errorf("synth: vocabulary of %d tokens with %d special ones: want at least %d special and room for 256 byte tokens", size, special, minSpecial)
	}
	normal := size - special
	v := tokenizer.Vocab{
		Model:  tokenizer.ModelGPT2,
		Tokens: make([]string, 0, size),
		Types:  make([]int32, 0, size),
		Merges: make([]string, 0, normal-256),
		BOS:    int32(normal), EOS: int32(normal + 1), EOT: int32(normal + 9), PAD: int32(normal + 1),
		UNK:    -1,
		AddBOS: true,
	}
	seen := make(map[string]struct{}, size)
	specials := make([]string, special)
	for i := range specials {
		specials[i] = SpecialTokenName(i)
		seen[specials[i]] = struct{}{}
	}
	nbytes := make([]int, 0, normal) // raw byte length of each normal token
	for _, s := range byteTokens() {
		v.Tokens = append(v.Tokens, s)
		nbytes = append(nbytes, 1)
		seen[s] = struct{}{}
	}
	r := rand.New(rand.NewPCG(mix(seed, streamVocab), streamVocab))
	pick := func() int { // biased towards low ids: P(id < k) = sqrt(k/n)
		u := r.Float64()
		return int(u * u * float64(len(v.Tokens)))
	}
	for tries := 0; len(v.Tokens) < normal; tries++ {
		if tries > 1000*normal {
			return tokenizer.Vocab{}, fmt.Errorf("synth: could not draw %d distinct merges", normal-256)
		}
		a, b := pick(), pick()
		if nbytes[a]+nbytes[b] > maxTokenBytes {
			continue
		}
		s := v.Tokens[a] + v.Tokens[b]
		if _, dup := seen[s]; dup {
			continue
		}
		seen[s] = struct{}{}
		v.Tokens = append(v.Tokens, s)
		nbytes = append(nbytes, nbytes[a]+nbytes[b])
		v.Merges = append(v.Merges, v.Tokens[a]+" "+v.Tokens[b])
	}
	for range normal {
		v.Types = append(v.Types, tokenizer.TypeNormal)
	}
	for _, s := range specials {
		v.Tokens = append(v.Tokens, s)
		v.Types = append(v.Types, tokenizer.TypeControl)
	}
	return v, nil
}
