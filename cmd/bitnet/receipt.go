package main

import (
	"context"
	"fmt"
	"io"

	"github.com/bitnet-go/bitnet-go/bitnet"
	"github.com/bitnet-go/bitnet-go/receipt"
)

// runReceipt handles `bitnet receipt verify [flags] FILE...`.
func runReceipt(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("receipt verify", stdout, stderr, "[-model FILE] [-skip-model-hash] RECEIPT.json...",
		"bitnet run -m model.gguf -p hello -receipt run.json && bitnet receipt verify run.json",
		"bitnet receipt verify -model /models/model.gguf receipts/*.json")
	modelPath := fs.String("model", "", "model file to hash (default: the path in the receipt, if it exists here)")
	skipHash := fs.Bool("skip-model-hash", false, "do not hash the model file")
	if len(args) == 0 || args[0] != "verify" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help" || args[0] == "help") {
			fs.Usage()
			return nil
		}
		return usageErrorf(fs, "the subcommand is verify")
	}
	files, err := parseArgs(fs, args[1:])
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageErrorf(fs, "name one or more receipt files")
	}
	failed := 0
	for _, path := range files {
		fmt.Fprintf(stdout, "%s:\n", path)
		r, err := receipt.Read(path)
		if err != nil {
			fmt.Fprintf(stdout, "FAIL  %-22s %v\n", "parse", err)
			failed++
			continue
		}
		rep := receipt.Verify(ctx, r, receipt.VerifyOptions{ModelPath: *modelPath, SkipModelHash: *skipHash})
		if err := rep.WriteText(stdout); err != nil {
			return err
		}
		if !rep.OK() {
			failed++
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d receipts failed verification", failed, len(files))
	}
	fmt.Fprintf(stdout, "%d receipt(s) verified\n", len(files))
	return nil
}

// writeRunReceipt records a finished `bitnet run` generation at path. The
// kernel counts are the model's since Load: the run's one generation.
func writeRunReceipt(path string, m *bitnet.Model, res bitnet.Result) error {
	info := m.Info()
	sum, err := receipt.HashFile(context.Background(), info.Path)
	if err != nil {
		return err
	}
	k := receipt.Kernels{Source: receipt.SourceUnavailable}
	if c := m.KernelCounts(); c != nil {
		k = receipt.Kernels{Source: receipt.SourceDispatch, Scope: receipt.ScopeProcess, Exclusive: true, Counts: c}
	}
	r, err := receipt.New(receipt.Input{Kind: receipt.KindRun, Info: info, ModelSHA256: sum, Result: res, Kernels: k})
	if err != nil {
		return err
	}
	return receipt.Write(path, r)
}
