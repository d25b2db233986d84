// Concurrent: many goroutines generate from one Model at once. The Model
// runs their decode steps together (one pass over the weights per step for
// all of them), so the aggregate tokens/s grows with the number of callers
// where one sequence is bound by memory bandwidth. WithBatching(false)
// gives each call its own forward passes, for comparison.
//
//	go run ./examples/concurrent -m model.gguf -c 8 -n 64
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"sync"
	"time"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

func main() {
	model := flag.String("m", "", "GGUF model file or hf://owner/repo/file.gguf")
	clients := flag.Int("c", 8, "concurrent generations")
	n := flag.Int("n", 64, "tokens each")
	batching := flag.Bool("batching", true, "share decode steps between the generations")
	flag.Parse()
	if *model == "" {
		log.Fatal("pass -m MODEL (try: bitnet synth -preset tiny -o tiny.gguf)")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	m, err := bitnet.Load(ctx, *model, bitnet.WithBatching(*batching))
	if err != nil {
		log.Fatal(err)
	}
	defer m.Close()

	prompts := make([]string, *clients)
	for i := range prompts {
		prompts[i] = fmt.Sprintf("Story %d: once upon a time", i+1)
	}
	r, err := run(ctx, m, prompts, bitnet.GenerateOptions{MaxTokens: *n})
	if err != nil {
		log.Fatal(err)
	}
	for i, text := range r.texts {
		fmt.Printf("[%d] %q\n", i, text)
	}
	fmt.Fprintf(os.Stderr, "%d generations, %d tokens in %v: %.1f tokens/s", *clients, r.tokens,
		r.elapsed.Round(time.Millisecond), float64(r.tokens)/r.elapsed.Seconds())
	if st := m.BatchStats(); st.Enabled && st.Steps > 0 {
		fmt.Fprintf(os.Stderr, ", %.1f sequences per step on average", float64(st.Rows)/float64(st.Steps))
	}
	fmt.Fprintln(os.Stderr)
}

// report is what run measured.
type report struct {
	texts   []string
	tokens  int
	elapsed time.Duration
}

// run starts one generation per prompt, all at once, and waits for all of
// them; the first error cancels the others.
func run(ctx context.Context, m *bitnet.Model, prompts []string, o bitnet.GenerateOptions) (report, error) {
	clients := len(prompts)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	r := report{texts: make([]string, clients)}
	counts := make([]int, clients)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := m.Generate(ctx, prompts[i], o)
			if err != nil {
				cancel(fmt.Errorf("generation %d: %w", i, err))
				return
			}
			r.texts[i], counts[i] = res.Text, len(res.Tokens)
		}()
	}
	wg.Wait()
	r.elapsed = time.Since(start)
	if err := context.Cause(ctx); err != nil {
		return r, err
	}
	for _, c := range counts {
		r.tokens += c
	}
	return r, nil
}
