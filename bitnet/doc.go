// Package bitnet runs BitNet b1.58 language models (ternary weights, 8-bit
// activations) from GGUF files: Microsoft's bitnet-b1.58-2B-4T in bitnet.cpp's
// I2_S format, and upstream llama.cpp's TQ1_0/TQ2_0 conversions.
//
// Load a model once and share it: a *Model is immutable and safe for any
// number of goroutines. Each generation runs on its own Session (a KV cache);
// the convenience methods Generate, GenerateStream, Stream, Chat and
// ChatStream create one per call.
//
//	m, err := bitnet.Load(ctx, "ggml-model-i2_s.gguf")
//	if err != nil { ... }
//	defer m.Close()
//	res, err := m.Generate(ctx, "The capital of France is", bitnet.GenerateOptions{MaxTokens: 32})
//
// Streaming, as an iterator or with a callback; cancel ctx to stop within one
// token:
//
//	for tok, err := range m.Stream(ctx, prompt, opts) {
//		if err != nil { ... }
//		fmt.Print(tok.Text)
//	}
//
// Numerics. The forward pass follows bitnet.cpp's build_bitnet_158: RMSNorm,
// sub-norms before the attention output and FFN down projections, squared ReLU,
// per-token int8 activations for every ternary matmul, NEOX RoPE, grouped-query
// attention and the tied F16 output head. The default Exact mode keeps float32
// activations and KV cache; BitNetCpp reproduces bitnet.cpp's own roundings
// (F16 KV cache and more) so logits can be compared with it to 1e-4.
//
// Devices. WithDevice("auto") uses a GPU when the binary was built with the
// cuda tag (see package cuda) and one is usable, and the pure-Go CPU backend
// otherwise; Info().Fallback says why a GPU was not used.
package bitnet
