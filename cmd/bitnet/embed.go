package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// runEmbed implements `bitnet embed`: one L2-normalized embedding per input,
// printed as a JSON array per line, from an embedding model
// (BitNet-embedding; bitnet.Model.Embed).
func runEmbed(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("embed", stdout, stderr, "-m MODEL [flags] (TEXT... | -f FILE)",
		`bitnet embed -m bitnet-embedding-0.6b-i2_s.gguf "query: what is BitNet?" "BitNet uses ternary weights."`,
		"bitnet embed -m model.gguf -f lines.txt > vectors.jsonl")
	var mf modelFlags
	mf.register(fs)
	file := fs.String("f", "", "embed each non-empty line of this file")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	inputs := pos
	if *file != "" {
		if len(pos) > 0 {
			return usageErrorf(fs, "pass texts or -f FILE, not both")
		}
		data, err := os.ReadFile(*file)
		if err != nil {
			return err
		}
		for line := range bytes.Lines(data) {
			if s := string(bytes.TrimRight(line, "\r\n")); s != "" {
				inputs = append(inputs, s)
			}
		}
	}
	if len(inputs) == 0 {
		return usageErrorf(fs, "nothing to embed: pass texts or -f FILE")
	}
	m, err := mf.load(ctx, stderr)
	if err != nil {
		return err
	}
	defer m.Close()
	vecs, err := m.Embed(ctx, inputs...)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(stdout)
	for _, v := range vecs {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		w.Write(b)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing the embeddings: %w", err)
	}
	return nil
}
