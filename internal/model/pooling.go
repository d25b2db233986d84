package model

import "fmt"

// Pooling is how an embedding model reduces its final hidden states (one per
// token, after the output norm) to one vector: llama.cpp's
// llama_pooling_type, stored in GGUF as {arch}.pooling_type.
type Pooling int

// Pooling types, with llama.cpp's numbering (LLAMA_POOLING_TYPE_*).
const (
	PoolingNone Pooling = 0 // not an embedding model (or per-token output)
	PoolingMean Pooling = 1 // mean over every token of the input
	PoolingCLS  Pooling = 2 // the first token
	PoolingLast Pooling = 3 // the last token (BitNet-embedding, Qwen3-Embedding)
)

// String names the pooling type.
func (p Pooling) String() string {
	switch p {
	case PoolingNone:
		return "none"
	case PoolingMean:
		return "mean"
	case PoolingCLS:
		return "cls"
	case PoolingLast:
		return "last"
	}
	return fmt.Sprintf("Pooling(%d)", int(p))
}
