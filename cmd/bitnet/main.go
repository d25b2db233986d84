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
	"strings"
	"syscall"
)

// command is one subcommand of the CLI.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, args []string, stdout, stderr io.Writer) error
	// interrupts says the command handles SIGINT itself (chat: Ctrl-C
	// stops a reply); main then cancels ctx on SIGTERM only.
	interrupts bool
}

func commands() []command {
	return []command{
		{"run", "generate text from a prompt", runRun, false},
		{"chat", "interactive chat", runChat, true},
		{"tokenize", "print the tokens of text read from stdin", runTokenize, false},
		{"embed", "print the embeddings of texts (embedding models)", runEmbed, false},
		{"perplexity", "score a text file (windowed perplexity)", runPerplexity, false},
		{"bench", "measure prefill and decode speed (like llama-bench)", runBench, false},
		{"inspect", "show a GGUF file's metadata and tensors", runInspect, false},
		{"synth", "write a synthetic BitNet b1.58 model", runSynth, false},
		{"quantize", "convert linear weights to I2_S, TQ2_0 or TQ1_0", runQuantize, false},
		{"convert", "convert a Hugging Face checkpoint folder to GGUF", runConvert, false},
		{"crossval", "compare logits between configurations or with a reference dump", runCrossval, false},
		{"devices", "list compute devices (CPU, GPUs)", runDevices, false},
		{"pull", "download a model from Hugging Face", runPull, false},
		{"serve", "serve the OpenAI-compatible HTTP API", runServe, false},
		{"receipt", "verify receipts: bitnet receipt verify FILE", runReceipt, false},
		{"loadtest", "load-test a server on this machine (loopback only)", runLoadtest, false},
		{"version", "print the version", runVersion, false},
	}
}

func main() {
	sigs := []os.Signal{os.Interrupt, syscall.SIGTERM}
	for _, c := range commands() {
		if len(os.Args) > 1 && c.name == os.Args[1] && c.interrupts {
			sigs = []os.Signal{syscall.SIGTERM}
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), sigs...)
	code := mainCode(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func mainCode(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help":
		usage(stdout)
		return 0
	case "help":
		if len(args) == 1 {
			usage(stdout)
			return 0
		}
		// `bitnet help run` is `bitnet run -h`.
		args = []string{args[1], "-h"}
	case "-version", "--version":
		args = []string{"version"}
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
	fmt.Fprintln(w, "\nRun `bitnet help <command>` or `bitnet <command> -h` for a command's flags and examples.")
}

// newFlagSet returns the flag set of `bitnet name`. Its Usage (what -h and
// `bitnet help name` show) prints the usage line, the examples and the flags
// on stdout; parse mistakes go to stderr (see parseArgs). A usage that
// starts with "usage:" is printed as it is, otherwise after "usage: bitnet
// name ".
func newFlagSet(name string, stdout, stderr io.Writer, usage string, examples ...string) *flag.FlagSet {
	fs := flag.NewFlagSet("bitnet "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	usage = strings.TrimSuffix(usage, "flags:\n")
	fs.Usage = func() {
		if strings.HasPrefix(usage, "usage:") {
			fmt.Fprint(stdout, usage)
		} else {
			fmt.Fprintf(stdout, "usage: bitnet %s %s\n\n", name, usage)
		}
		if len(examples) > 0 {
			fmt.Fprintln(stdout, "examples:")
			for _, e := range examples {
				fmt.Fprintf(stdout, "  %s\n", e)
			}
			fmt.Fprintln(stdout)
		}
		fmt.Fprintln(stdout, "flags:")
		fs.SetOutput(stdout)
		fs.PrintDefaults()
		fs.SetOutput(stderr)
	}
	return fs
}

// parseArgs parses flags anywhere among args and returns the other
// (positional) arguments. -h prints the help on stdout and returns
// flag.ErrHelp; a mistake is reported on stderr with a pointer to -h and
// returns errUsage.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	help := fs.Usage
	fs.Usage = func() {} // the flag package calls it for -h and after a mistake
	pos, err := splitFlagArgs(fs, args)
	fs.Usage = help
	switch {
	case errors.Is(err, flag.ErrHelp):
		help()
		return nil, err
	case err != nil:
		fmt.Fprintf(fs.Output(), "Run '%s -h' for the flags.\n", fs.Name())
		return nil, errUsage
	}
	return pos, nil
}

// parseFlags is parseArgs for commands that take no positional argument: a
// stray word is an error, so that a prompt with spaces passed unquoted
// (-p hello world -n 3) does not silently drop "world -n 3".
func parseFlags(fs *flag.FlagSet, args []string) error {
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErrorf(fs, "unexpected argument %q (quote a value with spaces: -p \"hello world\")", pos[0])
	}
	return nil
}

// usageErrorf reports a command-line mistake on stderr, with a pointer to
// -h, and returns errUsage (exit status 2).
func usageErrorf(fs *flag.FlagSet, format string, args ...any) error {
	fmt.Fprintf(fs.Output(), "%s: %s\nRun '%s -h' for the flags.\n", fs.Name(), fmt.Sprintf(format, args...), fs.Name())
	return errUsage
}
