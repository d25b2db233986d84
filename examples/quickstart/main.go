// Quickstart: load a BitNet model and complete a prompt.
//
//	go run ./examples/quickstart -m hf://microsoft/bitnet-b1.58-2B-4T-gguf/ggml-model-i2_s.gguf -p "The sun is"
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

func main() {
	model := flag.String("m", "", "GGUF model file or hf://owner/repo/file.gguf")
	prompt := flag.String("p", "The capital of France is", "prompt")
	n := flag.Int("n", 32, "tokens to generate")
	flag.Parse()
	if *model == "" {
		log.Fatal("pass -m MODEL (try: bitnet synth -preset tiny -o tiny.gguf)")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	m, err := bitnet.Load(ctx, *model)
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()

	res, err := m.Generate(ctx, *prompt, bitnet.GenerateOptions{MaxTokens: *n})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(*prompt + res.Text)
	fmt.Fprintf(os.Stderr, "%d tokens, %.1f tokens/s, finish: %s\n", len(res.Tokens), res.DecodePerSec, res.FinishReason)
}
