package bitnet_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/synth"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

// exampleModel writes a tiny synthetic model (random weights) so the examples
// run anywhere; in real use pass the path of ggml-model-i2_s.gguf, or
// "hf://microsoft/bitnet-b1.58-2B-4T-gguf/ggml-model-i2_s.gguf".
func exampleModel() (path string, cleanup func()) {
	dir, err := os.MkdirTemp("", "bitnet-example")
	if err != nil {
		log.Fatal(err)
	}
	cfg, _ := synth.Preset("tiny")
	path = filepath.Join(dir, "tiny.gguf")
	if err := synth.Write(context.Background(), path, cfg, synth.Options{Seed: 1, WeightType: gguf.TypeI2_S}); err != nil {
		log.Fatal(err)
	}
	return path, func() { os.RemoveAll(dir) }
}

func ExampleLoad() {
	path, cleanup := exampleModel()
	defer cleanup()

	m, err := bitnet.Load(context.Background(), path, bitnet.WithDevice("cpu"), bitnet.WithThreads(2))
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()
	info := m.Info()
	fmt.Println(info.Config.Arch, info.Config.Layers, "layers on", info.Engine.Device)
	// Output: bitnet-b1.58 2 layers on cpu
}

func ExampleModel_Generate() {
	path, cleanup := exampleModel()
	defer cleanup()
	m, err := bitnet.Load(context.Background(), path)
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()

	// The zero GenerateOptions.Sampling is greedy decoding.
	res, err := m.Generate(context.Background(), "The capital of France is", bitnet.GenerateOptions{MaxTokens: 8, IgnoreEOS: true})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(res.Tokens), "tokens,", res.FinishReason)
	// Output: 8 tokens, length
}

func ExampleModel_Stream() {
	path, cleanup := exampleModel()
	defer cleanup()
	m, err := bitnet.Load(context.Background(), path)
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()

	sampling := bitnet.DefaultSampling()
	sampling.Seed = 42
	n := 0
	for tok, err := range m.Stream(context.Background(), "Once upon a time", bitnet.GenerateOptions{MaxTokens: 5, Sampling: sampling, IgnoreEOS: true}) {
		if err != nil {
			log.Fatal(err)
		}
		_ = tok.Text // print it as it arrives: fmt.Print(tok.Text)
		if tok.ID >= 0 {
			n++
		}
	}
	fmt.Println("streamed", n, "tokens")
	// Output: streamed 5 tokens
}

func ExampleModel_Chat() {
	path, cleanup := exampleModel()
	defer cleanup()
	m, err := bitnet.Load(context.Background(), path)
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()

	msgs := []bitnet.Message{
		{Role: bitnet.RoleSystem, Content: "You are a helpful assistant."},
		{Role: bitnet.RoleUser, Content: "What is 1.58 bits?"},
	}
	res, err := m.Chat(context.Background(), msgs, bitnet.GenerateOptions{MaxTokens: 4})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.PromptTokens > 0, res.FinishReason == bitnet.FinishLength || res.FinishReason == bitnet.FinishStop)
	// Output: true true
}

func ExampleSession() {
	path, cleanup := exampleModel()
	defer cleanup()
	m, err := bitnet.Load(context.Background(), path)
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()

	// A session keeps its KV cache: the second call feeds only the new tokens.
	s, err := m.NewSession()
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Generate(ctx, m.Tokenize("First part."), bitnet.GenerateOptions{MaxTokens: 3, IgnoreEOS: true}, nil); err != nil {
		log.Fatal(err)
	}
	before := s.Len()
	if _, err := s.Generate(ctx, m.Tokenizer().Encode(" And more.", tokenizer.EncodeOptions{}), bitnet.GenerateOptions{MaxTokens: 3, IgnoreEOS: true}, nil); err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.Len() > before)
	// Output: true
}
