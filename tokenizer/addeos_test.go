package tokenizer

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAddEOS: tokenizer.ggml.add_eos_token (false when absent) makes
// Tokenizer.AddEOS true, and EncodeOptions.AddEOS appends EOS after the text
// (and after BOS + text), as an embedding model's last-token pooling needs.
func TestAddEOS(t *testing.T) {
	md := officialMetadata(t)
	v, err := VocabFromMetadata(md)
	require.NoError(t, err)
	assert.False(t, v.AddEOS)
	md[KeyAddEOS] = true
	tk, err := FromGGUF(md)
	require.NoError(t, err)
	require.True(t, tk.AddEOS())
	plain := tk.Encode("Hello world", EncodeOptions{})
	got := tk.Encode("Hello world", EncodeOptions{AddBOS: true, AddEOS: true})
	want := append(append([]int32{128000}, plain...), 128001)
	assert.Equal(t, want, got)
	assert.Equal(t, []int32{128001}, tk.Encode("", EncodeOptions{AddEOS: true}))
}
