package main

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// escaper writes generated text to a terminal with control characters made
// visible. A model with random weights (bitnet synth) emits arbitrary byte
// tokens; written raw, ESC sequences among them move the cursor, change
// colours or retitle the window, and a stray \r overwrites the line. Tab and
// newline pass; every other C0 or C1 control, DEL and each byte of invalid
// UTF-8 is written as a Go-style escape (\x1b, \r, \u0085). A UTF-8 sequence
// split across two writes (tokens often split characters) is held until it
// is complete; Flush writes what is held.
type escaper struct {
	w       io.Writer
	pending []byte // an incomplete UTF-8 sequence at the end of the last write
	buf     []byte
}

func newEscaper(w io.Writer) *escaper { return &escaper{w: w} }

// Write escapes p and reports len(p) written when the escaped text was.
func (e *escaper) Write(p []byte) (int, error) {
	data := append(e.pending, p...)
	e.pending = nil
	e.buf = e.buf[:0]
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			if !utf8.FullRune(data) {
				e.pending = append(e.pending, data...)
				break
			}
			e.buf = fmt.Appendf(e.buf, `\x%02x`, data[0])
			data = data[1:]
			continue
		}
		e.buf = appendEscapedRune(e.buf, r, data[:size])
		data = data[size:]
	}
	if _, err := e.w.Write(e.buf); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a held incomplete sequence, escaped byte by byte.
func (e *escaper) Flush() error {
	if len(e.pending) == 0 {
		return nil
	}
	e.buf = e.buf[:0]
	for _, b := range e.pending {
		e.buf = fmt.Appendf(e.buf, `\x%02x`, b)
	}
	e.pending = nil
	_, err := e.w.Write(e.buf)
	return err
}

func appendEscapedRune(dst []byte, r rune, raw []byte) []byte {
	switch {
	case r == '\n' || r == '\t':
		return append(dst, byte(r))
	case r == '\r':
		return append(dst, `\r`...)
	case r < 0x20 || r == 0x7f:
		return fmt.Appendf(dst, `\x%02x`, r)
	case r >= 0x80 && r <= 0x9f:
		return fmt.Appendf(dst, `\u%04x`, r)
	}
	return append(dst, raw...)
}
