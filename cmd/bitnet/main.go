// Command bitnet runs BitNet b1.58 models: generation, chat, tokenization,
// perplexity, model inspection and conversion, benchmarks, cross-validation
// and an OpenAI-compatible server.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// command is one subcommand of the CLI.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"run", "generate text from a prompt", runRun},
		{"chat", "interactive chat", runChat},
		{"tokenize", "print the tokens of text read from stdin", runTokenize},
		{"perplexity", "score a text file (windowed perplexity)", runPerplexity},
		{"bench", "measure prefill and decode speed (like llama-bench)", runBench},
		{"inspect", "show a GGUF file's metadata and tensors", runInspect},
		{"synth", "write a synthetic BitNet b1.58 model", runSynth},
		{"quantize", "convert linear weights to I2_S, TQ2_0 or TQ1_0", runQuantize},
		{"convert", "convert a Hugging Face checkpoint folder to GGUF", runConvert},
		{"crossval", "compare logits between configurations or with a reference dump", runCrossval},
		{"devices", "list compute devices (CPU, GPUs)", runDevices},
		{"pull", "download a model from Hugging Face", runPull},
		{"serve", "serve the OpenAI-compatible HTTP API", runServe},
		{"receipt", "verify receipts: bitnet receipt verify FILE", runReceipt},
		{"loadtest", "load-test a server on this machine (loopback only)", runLoadtest},
		{"version", "print the version", runVersion},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := mainCode(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func mainCode(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			err := c.run(ctx, args[1:], stdout, stderr)
			switch {
			case err == nil:
				return 0
			case errors.Is(err, flag.ErrHelp):
				return 0
			case errors.Is(err, errUsage):
				return 2
			case errors.Is(err, context.Canceled):
				fmt.Fprintln(stderr, "bitnet: interrupted")
				return 130
			}
			fmt.Fprintf(stderr, "bitnet %s: %v\n", c.name, err)
			var ec exitCoder
			if errors.As(err, &ec) {
				return ec.ExitCode()
			}
			return 1
		}
	}
	fmt.Fprintf(stderr, "bitnet: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

// exitCoder lets a command choose its exit status (crossval: 3 when a tolerance is broken).
type exitCoder interface{ ExitCode() int }

// errUsage marks a command-line mistake already reported to stderr.
var errUsage = errors.New("usage")

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: bitnet <command> [flags]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun `bitnet <command> -h` for a command's flags.")
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name string, stderr io.Writer, usageLine string) *flag.FlagSet {
	fs := flag.NewFlagSet("bitnet "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: bitnet %s %s\n\nflags:\n", name, usageLine)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, mapping a parse error to errUsage (already printed).
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}
