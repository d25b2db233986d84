package tokenizer

import (
	"strings"
	"unicode/utf8"
)

// DecodeOptions controls decoding.
type DecodeOptions struct {
	// Special renders control and unknown tokens (such as <|eot_id|>) as their text. By default they decode to "",
	// as Hugging Face's skip_special_tokens and llama.cpp's token_to_piece without special do.
	Special bool
}

// Decode returns the text of ids with DecodeOptions{}. Ids out of range decode to "". Byte sequences that are not
// valid UTF-8 (ids that split a character, for example) become U+FFFD, one per maximal invalid subpart as in
// Rust's String::from_utf8_lossy, so the result is always valid UTF-8.
func (t *Tokenizer) Decode(ids []int32) string { return t.DecodeWith(ids, DecodeOptions{}) }

// DecodeWith is Decode with options.
func (t *Tokenizer) DecodeWith(ids []int32, o DecodeOptions) string {
	b := t.AppendBytes(nil, ids, o)
	if utf8.Valid(b) {
		return string(b)
	}
	v, _ := appendValid(make([]byte, 0, len(b)+8), b, true)
	return string(v)
}

// AppendBytes appends the raw bytes ids stand for to dst, without any UTF-8 repair.
func (t *Tokenizer) AppendBytes(dst []byte, ids []int32, o DecodeOptions) []byte {
	strip := t.stripsSpace()
	for _, id := range ids {
		p := t.piece(id, o)
		if p == "" {
			continue
		}
		if strip {
			p, strip = strings.TrimPrefix(p, " "), false
		}
		dst = append(dst, p...)
	}
	return dst
}

// stripsSpace reports whether decoding removes the space the encoder put in front of the text, as the
// SentencePiece decoders of Hugging Face (Strip after Fuse) and llama.cpp do.
func (t *Tokenizer) stripsSpace() bool { return t.spm && t.v.AddSpacePrefix }

func (t *Tokenizer) piece(id int32, o DecodeOptions) string {
	if id < 0 || int(id) >= len(t.types) || !o.Special && (t.types[id] == TypeControl || t.types[id] == TypeUnknown) {
		return ""
	}
	return t.decoded[t.decodedOff[id]:t.decodedOff[id+1]]
}

// StreamDecoder turns ids into text one at a time, for printing generated tokens as they come. It returns only
// complete UTF-8 characters: the bytes of a character split across tokens wait for the rest. A StreamDecoder is
// not safe for concurrent use; make one per stream.
type StreamDecoder struct {
	t       *Tokenizer
	opt     DecodeOptions
	strip   bool
	pending []byte
	buf     []byte
}

// NewStreamDecoder returns a StreamDecoder with DecodeOptions{}.
func (t *Tokenizer) NewStreamDecoder() *StreamDecoder { return t.NewStreamDecoderWith(DecodeOptions{}) }

// NewStreamDecoderWith returns a StreamDecoder with options. The concatenation of everything Next and Flush return
// equals DecodeWith of the same ids.
func (t *Tokenizer) NewStreamDecoderWith(o DecodeOptions) *StreamDecoder {
	return &StreamDecoder{t: t, opt: o, strip: t.stripsSpace()}
}

// Next adds one token and returns the text that is now complete. Bytes that can never start or continue a valid
// UTF-8 character are returned as U+FFFD right away; an incomplete character at the end is kept for later calls.
func (d *StreamDecoder) Next(id int32) string {
	p := d.t.piece(id, d.opt)
	if p == "" {
		return ""
	}
	if d.strip {
		p, d.strip = strings.TrimPrefix(p, " "), false
	}
	if len(d.pending) == 0 && utf8.ValidString(p) {
		return p
	}
	d.pending = append(d.pending, p...)
	var n int
	d.buf, n = appendValid(d.buf[:0], d.pending, false)
	d.pending = append(d.pending[:0], d.pending[n:]...)
	return string(d.buf)
}

// Flush returns what is left (an incomplete character becomes U+FFFD) and empties the decoder's buffer.
func (d *StreamDecoder) Flush() string {
	if len(d.pending) == 0 {
		return ""
	}
	var out []byte
	out, _ = appendValid(out, d.pending, true)
	d.pending = d.pending[:0]
	return string(out)
}

// appendValid appends p to dst with every maximal invalid UTF-8 subpart replaced by U+FFFD and returns how many
// bytes of p it used. Unless final, an incomplete but so far valid character at the end of p is left unused.
func appendValid(dst, p []byte, final bool) ([]byte, int) {
	i := 0
	for i < len(p) {
		if c := p[i]; c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		if r, w := utf8.DecodeRune(p[i:]); r != utf8.RuneError || w > 1 {
			dst = append(dst, p[i:i+w]...)
			i += w
			continue
		}
		n, incomplete := invalidPrefix(p[i:])
		if incomplete && !final {
			break
		}
		dst = append(dst, "\uFFFD"...)
		i += n
	}
	return dst, i
}

// invalidPrefix measures the maximal subpart at the start of q, which does not begin with a valid character: the
// lead byte and the continuation bytes that are valid after it. incomplete reports that q ended inside it.
func invalidPrefix(q []byte) (n int, incomplete bool) {
	need, lo, hi := 0, byte(0x80), byte(0xBF)
	switch c := q[0]; {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1, false
	}
	n = 1
	for n <= need && n < len(q) {
		if q[n] < lo || q[n] > hi {
			return n, false
		}
		lo, hi = 0x80, 0xBF
		n++
	}
	return n, n < need+1 && n == len(q)
}
