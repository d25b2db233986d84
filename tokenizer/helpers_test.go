package tokenizer

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

const llama3Path = "../testdata/tokenizer/tokenizer.json.gz"

var llama3Once = sync.OnceValues(func() (*Tokenizer, error) { return LoadFile(llama3Path) })

// llama3 returns the real LLaMA-3 tokenizer, loaded once per test binary.
func llama3(tb testing.TB) *Tokenizer {
	tb.Helper()
	tk, err := llama3Once()
	require.NoError(tb, err)
	return tk
}
