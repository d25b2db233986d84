package synth

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// loadTokenizerJSON reads the vocabulary of a Hugging Face tokenizer.json,
// plain or gzip-compressed. PAD is set to EOS, as in the official file.
func loadTokenizerJSON(path string) (tokenizer.Vocab, error) {
	f, err := os.Open(path)
	if err != nil {
		return tokenizer.Vocab{}, fmt.Errorf("synth: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	var r io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return tokenizer.Vocab{}, fmt.Errorf("synth: %s: %w", path, err)
		}
		defer zr.Close()
		r = zr
	}
	v, err := tokenizer.VocabFromHFJSON(r)
	if err != nil {
		return tokenizer.Vocab{}, fmt.Errorf("synth: %s: %w", path, err)
	}
	if v.Model != tokenizer.ModelGPT2 {
		return tokenizer.Vocab{}, fmt.Errorf("synth: %s: vocabulary model %q, want byte-level BPE (gpt2)", path, v.Model)
	}
	if len(v.Tokens) < 256+minSpecial || len(v.Tokens) > maxDim {
		return tokenizer.Vocab{}, fmt.Errorf("synth: %s: %d tokens out of range", path, len(v.Tokens))
	}
	if v.PAD < 0 {
		v.PAD = v.EOS
	}
	return v, nil
}
