package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/bitnet-go/bitnet-go/hub"
)

const pullUsage = `usage: bitnet pull [flags] hf://owner/repo[@revision]/path/file.gguf ...

Downloads model files from the Hugging Face hub into the local cache (resuming
interrupted downloads and checking the hub's sha256) and prints their paths.
The hf:// prefix may be left out. A revision with a slash is percent-encoded:
hf://owner/repo@refs%2Fpr%2F1/file.gguf.

Transient failures (HTTP 5xx, 408, 429, resets, stalls, short bodies) are
retried a bounded number of times; a download that stops (Ctrl-C, or out of
retries) keeps its partial file, and running the same pull again resumes it.
When the hub publishes no checksum, a .gguf file must parse as GGUF and no
file may be an HTML page. A cached file is rehashed when its size, times or
inode changed since it was verified, or always with --verify.

Environment: BITNET_CACHE (cache directory), HF_TOKEN (access token),
HF_ENDPOINT (hub URL), BITNET_OFFLINE=1 (never use the network),
BITNET_VERIFY=full (always rehash cached files, for every command).

flags:
`

// runPull implements `bitnet pull`: it downloads each file named in args
// into the cache and prints its local path on stdout; notes and the progress
// bar (when stderr is a terminal) go to stderr.
func runPull(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("pull", stdout, stderr, pullUsage,
		"bitnet pull hf://microsoft/bitnet-b1.58-2B-4T-gguf/ggml-model-i2_s.gguf",
		"BITNET_OFFLINE=1 bitnet pull microsoft/bitnet-b1.58-2B-4T-gguf/ggml-model-i2_s.gguf")
	cacheDir := fs.String("cache-dir", "", "cache directory (default $BITNET_CACHE, else the user cache directory/bitnet-go/hub)")
	token := fs.String("token", "", "hub access token (default $HF_TOKEN; prefer the variable, flags show in process lists)")
	endpoint := fs.String("endpoint", "", "hub URL (default $HF_ENDPOINT, else "+hub.DefaultEndpoint+")")
	offline := fs.Bool("offline", false, "never use the network: only report files already cached (default $BITNET_OFFLINE)")
	verify := fs.Bool("verify", false, "rehash cached files in full instead of trusting an unchanged size, times and inode (default $BITNET_VERIFY=full)")
	names, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		return usageErrorf(fs, "name at least one file, e.g. hf://microsoft/bitnet-b1.58-2B-4T-gguf/ggml-model-i2_s.gguf")
	}
	refs := make([]hub.Ref, len(names))
	for i, name := range names {
		if refs[i], err = hub.ParseRef(name); err != nil {
			return err
		}
	}

	// midBar is set while a progress bar is drawn without its newline; a
	// note (a retry, a resume) then starts on a line of its own. Notes and
	// progress both come from the goroutine running Pull.
	midBar := false
	opts := []hub.Option{hub.WithLogf(func(format string, a ...any) {
		if midBar {
			fmt.Fprintln(stderr)
			midBar = false
		}
		fmt.Fprintf(stderr, format+"\n", a...)
	})}
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "cache-dir":
			opts = append(opts, hub.WithCacheDir(*cacheDir))
		case "token":
			opts = append(opts, hub.WithToken(*token))
		case "endpoint":
			opts = append(opts, hub.WithEndpoint(*endpoint))
		case "offline":
			opts = append(opts, hub.WithOffline(*offline))
		case "verify":
			if *verify {
				opts = append(opts, hub.WithVerify(hub.VerifyFull))
			}
		}
	})
	terminal := isTerminalWriter(stderr)
	for _, ref := range refs {
		drew := false
		o := opts
		if terminal {
			bar := hub.ProgressBar(stderr)
			o = append(o, hub.WithProgress(func(done, total int64) {
				drew = true
				midBar = total < 0 || done < total
				bar(done, total)
			}))
		}
		path, err := hub.NewClient(o...).Pull(ctx, ref)
		if err != nil {
			if drew && midBar {
				fmt.Fprintln(stderr) // end the half-drawn bar
			}
			// An interrupted command is reported by main as "interrupted"
			// alone, so say here what was kept and how to go on.
			var ie *hub.IncompleteError
			if errors.As(err, &ie) && ctx.Err() != nil {
				fmt.Fprintf(stderr, "bitnet pull: interrupted: %d bytes of %s kept in %s; run `bitnet pull %s` again to resume\n",
					ie.Done, ref, ie.Part, ref)
			}
			return err
		}
		fmt.Fprintln(stdout, path)
	}
	return nil
}
