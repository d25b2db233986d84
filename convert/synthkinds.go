package convert

import (
	"fmt"
	"strings"
)

// syntheticKinds are the named synthetic checkpoints (`bitnet synth -hf
// KIND`, and the tests of the packages that load these families). Small
// ones share the 256-wide shapes: 4 query heads, FFN 768, a 300-token
// vocabulary.
var syntheticKinds = []struct {
	name, doc string
	cfg       CheckpointConfig
}{
	{"embedding", "BitNet-embedding's layout (Qwen3 backbone, per-projection input norms, last-token pooling)",
		CheckpointConfig{Architecture: "Qwen3Model", InputNorms: true, Pooling: "lasttoken",
			Layers: 2, Hidden: 256, FFN: 768, Heads: 4, KVHeads: 2, HeadDim: 128, Vocab: 300, Special: 16,
			Context: 512, RopeTheta: 1000000, Tied: true}},
	{"embedding-gemma3", "the Gemma3 backbone's (bitnet-embeddings-270m: post-norms, GELU, head dim 256, mean pooling)",
		CheckpointConfig{Architecture: "Gemma3TextModel", InputNorms: true, Pooling: "mean",
			Layers: 2, Hidden: 256, FFN: 768, Heads: 4, KVHeads: 1, HeadDim: 256, Vocab: 300, Special: 16,
			Context: 512, SlidingWindow: 512, RopeTheta: 10000, Tied: true}},
	{"gemma3", "a small generative Gemma3 (packed ternary weights, 4 query heads on one KV head of 256, 128 positions)",
		CheckpointConfig{Architecture: "Gemma3ForCausalLM", Layers: 2, Hidden: 256, FFN: 768,
			Heads: 4, KVHeads: 1, HeadDim: 256, Vocab: 300, Special: 16, Context: 128, SlidingWindow: 128,
			RopeTheta: 10000, Tied: true, Packed: true, LinearClass: "bitlinear"}},
	// Every layer global (SlidingWindow = Context), where the real model
	// alternates five 512-token sliding layers with one global layer.
	{"gemma3-1b", "a generative Gemma3 with Gemma3-1B's shapes and packed ternary weights (about 780 MB, for benchmarks)",
		CheckpointConfig{Architecture: "Gemma3ForCausalLM", Layers: 26, Hidden: 1152, FFN: 6912,
			Heads: 4, KVHeads: 1, HeadDim: 256, Vocab: 262144, Special: 16, Context: 2048, SlidingWindow: 2048,
			RopeTheta: 1000000, Tied: true, Packed: true, LinearClass: "bitlinear"}},
}

// SyntheticCheckpoint is the configuration of the named synthetic
// checkpoint (SyntheticKinds) with the given seed, for WriteCheckpoint.
func SyntheticCheckpoint(kind string, seed uint64) (CheckpointConfig, error) {
	for _, k := range syntheticKinds {
		if k.name == kind {
			c := k.cfg
			c.Seed = seed
			return c, nil
		}
	}
	return CheckpointConfig{}, fmt.Errorf("unknown synthetic checkpoint %q (want %s)", kind, strings.Join(SyntheticKinds(), ", "))
}

// SyntheticKinds lists the names SyntheticCheckpoint knows.
func SyntheticKinds() []string {
	names := make([]string, len(syntheticKinds))
	for i, k := range syntheticKinds {
		names[i] = k.name
	}
	return names
}

// SyntheticKindDoc is a line on what the named checkpoint is ("" if unknown).
func SyntheticKindDoc(kind string) string {
	for _, k := range syntheticKinds {
		if k.name == kind {
			return k.doc
		}
	}
	return ""
}
