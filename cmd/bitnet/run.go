package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"time"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/sysinfo"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

func runRun(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("run", stderr, "-m MODEL -p PROMPT [flags]")
	var mf modelFlags
	var sf samplingFlags
	mf.register(fs)
	sf.register(fs)
	prompt := fs.String("p", "", "prompt")
	fs.StringVar(prompt, "prompt", "", "same as -p")
	file := fs.String("f", "", "read the prompt from a file")
	n := fs.Int("n", 128, "tokens to generate (-1: until end of turn or context full)")
	fs.IntVar(n, "n-predict", 128, "same as -n")
	chatMode := fs.Bool("chat", false, "wrap the prompt in the model's chat template")
	system := fs.String("system", "", "system message (with -chat)")
	fs.StringVar(system, "sys", "", "same as -system")
	stream := fs.Bool("stream", true, "print tokens as they are generated")
	ignoreEOS := fs.Bool("ignore-eos", false, "keep generating past end-of-turn tokens")
	special := fs.Bool("special", false, "parse special-token texts such as <|eot_id|> in the prompt")
	var stops stringList
	fs.Var(&stops, "stop", "stop string (repeatable)")
	receiptPath := fs.String("receipt", "", "write a receipt (JSON) of the measured run to this file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *file != "" {
		b, err := os.ReadFile(*file)
		if err != nil {
			return err
		}
		*prompt = string(b)
	}
	if *prompt == "" && fs.NArg() > 0 {
		*prompt = strings.Join(fs.Args(), " ")
	}
	if *prompt == "" && !*chatMode {
		return fmt.Errorf("no prompt: pass -p TEXT or -f FILE")
	}
	m, err := mf.load(ctx, stderr)
	if err != nil {
		return err
	}
	defer m.Close()
	opts := bitnet.GenerateOptions{MaxTokens: *n, Sampling: sf.params(), Stop: stops, IgnoreEOS: *ignoreEOS, ParseSpecial: *special}
	if *n == 0 {
		opts.MaxTokens = -1
	}
	var onToken func(bitnet.Token) error
	if *stream {
		w := bufio.NewWriter(stdout)
		onToken = func(t bitnet.Token) error {
			w.WriteString(t.Text)
			return w.Flush()
		}
	}
	var res bitnet.Result
	var promptIDs []int32
	if *chatMode {
		var msgs []bitnet.Message
		if *system != "" {
			msgs = append(msgs, bitnet.Message{Role: bitnet.RoleSystem, Content: *system})
		}
		msgs = append(msgs, bitnet.Message{Role: bitnet.RoleUser, Content: *prompt})
		promptIDs, err = m.RenderChat(msgs)
	} else {
		promptIDs = m.Tokenizer().Encode(*prompt, tokenizer.EncodeOptions{AddBOS: m.Tokenizer().AddBOS(), ParseSpecial: *special})
	}
	if err != nil {
		return err
	}
	res, err = m.GenerateTokens(ctx, promptIDs, opts, onToken)
	if err != nil {
		return err
	}
	if !*stream {
		fmt.Fprint(stdout, res.Text)
	}
	fmt.Fprintln(stdout)
	if !mf.quiet {
		printStats(stderr, res)
	}
	if *receiptPath != "" {
		if err := writeRunReceipt(*receiptPath, m, res); err != nil {
			return fmt.Errorf("receipt: %w", err)
		}
	}
	return nil
}

func printStats(w io.Writer, res bitnet.Result) {
	fmt.Fprintf(w, "\nprompt: %d tokens in %v (%.2f tokens/s); generated: %d tokens, %.2f tokens/s; first token after %v; finish: %s; peak RSS %s\n",
		res.PromptTokens, res.PrefillTime.Round(time.Millisecond), res.PrefillPerSec, len(res.Tokens), res.DecodePerSec,
		res.TimeToFirst.Round(time.Millisecond), res.FinishReason, humanBytes(sysinfo.PeakRSS()))
}

func runChat(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("chat", stderr, "-m MODEL [flags]")
	var mf modelFlags
	var sf samplingFlags
	mf.register(fs)
	sf.register(fs)
	system := fs.String("system", "", "system message")
	fs.StringVar(system, "sys", "", "same as -system")
	n := fs.Int("n", -1, "maximum tokens per reply (-1: until end of turn)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	m, err := mf.load(ctx, stderr)
	if err != nil {
		return err
	}
	defer m.Close()
	sess, err := m.NewSession()
	if err != nil {
		return err
	}
	defer sess.Close()
	var msgs []bitnet.Message
	if *system != "" {
		msgs = append(msgs, bitnet.Message{Role: bitnet.RoleSystem, Content: *system})
	}
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	fmt.Fprintln(stderr, "Type a message; an empty line or Ctrl-D ends the chat.")
	for {
		fmt.Fprint(stdout, "> ")
		if !in.Scan() {
			fmt.Fprintln(stdout)
			return in.Err()
		}
		line := strings.TrimSpace(in.Text())
		if line == "" {
			return nil
		}
		msgs = append(msgs, bitnet.Message{Role: bitnet.RoleUser, Content: line})
		ids, err := m.RenderChat(msgs)
		if err != nil {
			return err
		}
		// Reuse the cached conversation: feed only what is new.
		have := sess.Tokens()
		if len(have) > len(ids) || !equalIDs(have, ids[:len(have)]) {
			sess.Reset()
			have = nil
		}
		w := bufio.NewWriter(stdout)
		res, err := sess.Generate(ctx, ids[len(have):], bitnet.GenerateOptions{MaxTokens: *n, Sampling: sf.params()}, func(t bitnet.Token) error {
			w.WriteString(t.Text)
			return w.Flush()
		})
		fmt.Fprintln(stdout)
		if errors.Is(err, bitnet.ErrContextFull) {
			fmt.Fprintln(stderr, "(context full: starting over)")
			sess.Reset()
			msgs = msgs[:0]
			continue
		}
		if err != nil {
			return err
		}
		msgs = append(msgs, bitnet.Message{Role: bitnet.RoleAssistant, Content: res.Text})
	}
}

func equalIDs(a, b []int32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func runTokenize(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("tokenize", stderr, "--tokenizer FILE [--ids] [--no-bos] < text")
	path := fs.String("tokenizer", "", "tokenizer.json(.gz) or GGUF model file")
	fs.StringVar(path, "m", "", "same as -tokenizer")
	idsOnly := fs.Bool("ids", false, "print only the ids, separated by spaces")
	noBOS := fs.Bool("no-bos", false, "do not add the BOS token")
	special := fs.Bool("special", false, "match special-token texts as their tokens")
	compat := fs.String("compat", "", "pre-tokenizer: llama3 or bitnetcpp")
	file := fs.String("f", "", "read the text from this file instead of stdin")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *path == "" {
		return fmt.Errorf("no tokenizer: pass --tokenizer FILE (tokenizer.json or .gguf)")
	}
	var topts []tokenizer.Option
	switch *compat {
	case "":
	case "llama3":
		topts = append(topts, tokenizer.WithPreTokenizer(tokenizer.PreLlama3))
	case "bitnetcpp":
		topts = append(topts, tokenizer.WithPreTokenizer(tokenizer.PreLlamaCppDefault))
	default:
		return fmt.Errorf("unknown -compat %q (want llama3 or bitnetcpp)", *compat)
	}
	tok, err := loadTokenizer(*path, topts)
	if err != nil {
		return err
	}
	var text []byte
	if *file != "" {
		text, err = os.ReadFile(*file)
	} else {
		text, err = io.ReadAll(os.Stdin)
	}
	if err != nil {
		return err
	}
	ids := tok.Encode(string(text), tokenizer.EncodeOptions{AddBOS: !*noBOS && tok.AddBOS(), ParseSpecial: *special})
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if *idsOnly {
		for i, id := range ids {
			if i > 0 {
				w.WriteByte(' ')
			}
			fmt.Fprint(w, id)
		}
		w.WriteByte('\n')
		return nil
	}
	for _, id := range ids {
		piece, _ := tok.TokenText(id)
		fmt.Fprintf(w, "%6d %q\n", id, piece)
	}
	return nil
}

func loadTokenizer(path string, opts []tokenizer.Option) (*tokenizer.Tokenizer, error) {
	if strings.HasSuffix(path, ".gguf") {
		f, err := gguf.Open(path, gguf.WithLoadMode(gguf.LoadMmap))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		v, err := tokenizer.VocabFromMetadata(f)
		if err != nil {
			return nil, err
		}
		return tokenizer.New(v, opts...)
	}
	return tokenizer.LoadFile(path, opts...)
}

func runPerplexity(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("perplexity", stderr, "-m MODEL -f TEXTFILE [flags]")
	var mf modelFlags
	mf.register(fs)
	file := fs.String("f", "", "text file to score")
	window := fs.Int("window", 512, "tokens per window (llama.cpp scores the second half of each window)")
	chunks := fs.Int("chunks", 0, "score at most this many windows (0: all)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *file == "" {
		return fmt.Errorf("no text: pass -f FILE")
	}
	if *window < 4 {
		return fmt.Errorf("-window %d is too small", *window)
	}
	text, err := os.ReadFile(*file)
	if err != nil {
		return err
	}
	if mf.ctxLen == 0 {
		mf.ctxLen = *window
	}
	m, err := mf.load(ctx, stderr)
	if err != nil {
		return err
	}
	defer m.Close()
	tok := m.Tokenizer()
	ids := tok.Encode(string(text), tokenizer.EncodeOptions{})
	n := len(ids) / *window
	if *chunks > 0 && n > *chunks {
		n = *chunks
	}
	if n == 0 {
		return fmt.Errorf("%s has %d tokens, fewer than one window of %d", *file, len(ids), *window)
	}
	sess, err := m.NewSession()
	if err != nil {
		return err
	}
	defer sess.Close()
	vocab := m.Info().Config.VocabSize
	var nll, nll2 float64
	count := 0
	start := time.Now()
	for c := 0; c < n; c++ {
		chunk := append([]int32(nil), ids[c**window:(c+1)**window]...)
		if bos := tok.BOS(); bos >= 0 && tok.AddBOS() {
			chunk[0] = bos // as llama.cpp does: the window starts with BOS
		}
		sess.Reset()
		logits, err := sess.Eval(ctx, chunk)
		if err != nil {
			return err
		}
		for i := *window / 2; i < *window-1; i++ {
			row := logits[i*vocab : (i+1)*vocab]
			lp := logProb(row, ids[c**window+i+1])
			nll -= lp
			nll2 += lp * lp
			count++
		}
		fmt.Fprintf(stdout, "[%d]%.4f ", c+1, math.Exp(nll/float64(count)))
	}
	mean := nll / float64(count)
	ppl := math.Exp(mean)
	variance := nll2/float64(count) - mean*mean
	stderrPPL := ppl * math.Sqrt(max(variance, 0)/float64(max(count-1, 1)))
	fmt.Fprintf(stdout, "\nFinal estimate: PPL = %.4f +/- %.5f (%d windows of %d tokens, %d scored, %v)\n",
		ppl, stderrPPL, n, *window, count, time.Since(start).Round(time.Millisecond))
	return nil
}

// logProb is log softmax(row)[id] in float64.
func logProb(row []float32, id int32) float64 {
	mx := math.Inf(-1)
	for _, v := range row {
		mx = math.Max(mx, float64(v))
	}
	var sum float64
	for _, v := range row {
		sum += math.Exp(float64(v) - mx)
	}
	return float64(row[id]) - mx - math.Log(sum)
}

func runVersion(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	b := sysinfo.ReadBuild()
	rev := b.Revision
	if rev == "" {
		rev = "unknown"
	}
	if b.Modified {
		rev += " (modified)"
	}
	fmt.Fprintf(stdout, "bitnet %s, revision %s, %s\n", b.Version, rev, b.GoVersion)
	return nil
}
