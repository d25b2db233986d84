package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEscaper(t *testing.T) {
	for _, tc := range []struct {
		name   string
		writes []string
		want   string
	}{
		{"plain", []string{"Hello, world\n\tnext"}, "Hello, world\n\tnext"},
		{"escape sequence", []string{"a\x1b[2Jb"}, `a\x1b[2Jb`},
		{"carriage return and bell", []string{"x\ry\a"}, `x\ry\x07`},
		{"DEL and C1", []string{"\x7f\u0085"}, `\x7f\u0085`},
		{"invalid UTF-8", []string{"\xff\xfe"}, `\xff\xfe`},
		{"split character", []string{"caf\xc3", "\xa9!"}, "café!"},
		{"split then flush", []string{"\xe2\x82"}, `\xe2\x82`},
		{"non-ASCII kept", []string{"日本語 ✓"}, "日本語 ✓"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			e := newEscaper(&b)
			for _, w := range tc.writes {
				n, err := e.Write([]byte(w))
				require.NoError(t, err)
				assert.Equal(t, len(w), n)
			}
			require.NoError(t, e.Flush())
			assert.Equal(t, tc.want, b.String())
		})
	}
}
