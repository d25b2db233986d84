package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/bitnet-go/bitnet-go/convert"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/outfile"
	"github.com/bitnet-go/bitnet-go/quant"
)

// runConvert implements `bitnet convert`: a Hugging Face checkpoint folder
// to a GGUF file. The work is in package convert.
func runConvert(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("convert", stdout, stderr, "[-type i2_s|tq2_0|tq1_0|q2_0] [-absmean exact|torch [-torch-threads N] [-torch-lanes 8|16]] [-name NAME] [-quiet] DIR OUT.gguf",
		"bitnet convert ./bitnet-b1.58-2B-4T-bf16 model-i2_s.gguf",
		"bitnet convert -absmean torch ./bitnet-b1.58-2B-4T-bf16 same-as-bitnetcpp-i2_s.gguf",
		"bitnet convert -type tq2_0 ./Falcon3-1B-Instruct-1.58bit falcon3-1b-tq2_0.gguf")
	typ := fs.String("type", "i2_s", "linear weight type: i2_s, tq2_0, tq1_0 or q2_0 (q2_0: qwen3 only, llama.cpp's Q2_0 as in Ternary-Bonsai)")
	name := fs.String("name", "", "general.name (default: the folder's name)")
	quiet := fs.Bool("quiet", false, "no per-tensor lines")
	absmean := fs.String("absmean", "exact", "how mean|w| of float master weights is computed: exact (correctly rounded) or torch (torch 1.13's float32 order, as bitnet.cpp's Python pipeline; its last bit depends on -torch-threads and -torch-lanes)")
	torchThreads := fs.Int("torch-threads", 1, "with -absmean torch: torch's intra-op thread count to reproduce (torch.get_num_threads(), OMP_NUM_THREADS)")
	torchLanes := fs.Int("torch-lanes", 8, "with -absmean torch: the float32 vector width of torch's kernel: 8 (AVX2, torch's default on x86) or 16 (ATEN_CPU_CAPABILITY=avx512)")
	pos, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usageErrorf(fs, "want DIR OUT.gguf")
	}
	if err := outfile.Check(pos[1]); err != nil {
		return err
	}
	t, err := gguf.ParseType(*typ)
	if err != nil || !slices.Contains([]gguf.Type{gguf.TypeI2_S, gguf.TypeTQ2_0, gguf.TypeTQ1_0, gguf.TypeQ2_0}, t) {
		return fmt.Errorf("unknown -type %q (want i2_s, tq2_0, tq1_0 or q2_0)", *typ)
	}
	mode, err := convert.ParseAbsmeanMode(*absmean)
	if err != nil {
		return usageErrorf(fs, "-absmean %q: want exact or torch", *absmean)
	}
	if mode != convert.AbsmeanTorch {
		var set []string
		fs.Visit(func(f *flag.Flag) {
			if strings.HasPrefix(f.Name, "torch-") {
				set = append(set, "-"+f.Name)
			}
		})
		if len(set) > 0 {
			return usageErrorf(fs, "%s only apply with -absmean torch", strings.Join(set, ", "))
		}
	}
	opts := convert.Options{Type: t, Name: *name, Absmean: mode,
		Torch: quant.TorchConfig{Threads: *torchThreads, Lanes: *torchLanes}}
	if !*quiet {
		opts.Log = func(line string) { fmt.Fprintln(stdout, line) }
	}
	start := time.Now()
	res, err := convert.Convert(ctx, pos[0], pos[1], opts)
	if err != nil {
		return err
	}
	st, err := os.Stat(pos[1])
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s (%s, %s): %d tensors, %d linear (%d ternarized from master weights, %d unpacked exactly), %s in %v\n",
		pos[1], res.Arch, t, res.Tensors, res.Linear, res.Ternarized, res.Packed, humanBytes(st.Size()), time.Since(start).Round(time.Millisecond))
	if len(res.Skipped) > 0 {
		fmt.Fprintf(stdout, "skipped: %s\n", strings.Join(res.Skipped, ", "))
	}
	return nil
}
