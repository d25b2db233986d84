// Streaming chat: a multi-turn conversation on stdin/stdout, tokens printed as
// they are generated, the KV cache reused between turns.
//
//	go run ./examples/streaming-chat -m ggml-model-i2_s.gguf
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"slices"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

func main() {
	model := flag.String("m", "", "GGUF model file or hf://owner/repo/file.gguf")
	system := flag.String("system", "You are a helpful assistant.", "system message")
	flag.Parse()
	if *model == "" {
		log.Fatal("pass -m MODEL")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	m, err := bitnet.Load(ctx, *model)
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()
	sess, err := m.NewSession()
	if err != nil {
		log.Fatal(err)
	}
	defer sess.Close()

	sampling := bitnet.DefaultSampling()
	msgs := []bitnet.Message{{Role: bitnet.RoleSystem, Content: *system}}
	in := bufio.NewScanner(os.Stdin)
	for fmt.Print("> "); in.Scan(); fmt.Print("> ") {
		msgs = append(msgs, bitnet.Message{Role: bitnet.RoleUser, Content: in.Text()})
		ids, err := m.RenderChat(msgs)
		if err != nil {
			log.Fatal(err)
		}
		// Feed only what the session has not seen yet.
		have := sess.Tokens()
		if len(have) > len(ids) || !slices.Equal(have, ids[:len(have)]) {
			sess.Reset()
			have = nil
		}
		res, err := sess.Generate(ctx, ids[len(have):], bitnet.GenerateOptions{MaxTokens: 512, Sampling: sampling}, func(t bitnet.Token) error {
			fmt.Print(t.Text)
			return nil
		})
		fmt.Println()
		if err != nil {
			log.Fatal(err)
		}
		msgs = append(msgs, bitnet.Message{Role: bitnet.RoleAssistant, Content: res.Text})
	}
}
