package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/bitnet-go/bitnet-go/crossval"
	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/hub"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/outfile"
	"github.com/bitnet-go/bitnet-go/tokenizer"
)

const crossvalUsage = `-m MODEL (--ref FILE | --b SPEC | --matrix | --dump FILE) [flags]

Compares logits, row by row, and judges them against a tolerance policy.
  --ref FILE     against a BNLG dump (bitnet.cpp, llama.cpp, or our own --dump),
                 run on the dump's own tokens and positions
  --b SPEC       against another configuration of this program (the reference)
  --matrix       every kernel set x threads x batch split (and CUDA, if built)
                 against the reference path
  --dump FILE    writes the --a configuration's logits as a BNLG dump
A SPEC is cpu, cuda or cuda:N followed by ,key=value settings among kernels,
threads, mode, precision, ubatch and kv (f32|f16), e.g. cpu,kernels=ref,threads=1,ubatch=1;
unset settings come from the flags below. Exit status: 0 pass (or nothing to
check), 1 error, 3 a tolerance broken. See docs/CROSSVAL.md.`

// excludedModelFlags are the shared model flags crossval has no use for;
// "b" also names the reference configuration here.
var excludedModelFlags = map[string]bool{"b": true, "batch-size": true, "c": true, "ctx-size": true, "chat-template": true}

// crossvalFlags are the flags of `bitnet crossval`.
type crossvalFlags struct {
	mf           modelFlags
	a, b         string
	ref          string
	prefixes     stringList
	promptIDs    string
	prompt       string
	random       int
	seed         uint64
	ubatch       string
	prefixUBatch string
	policy       string
	dump         string
	matrix       bool
	jsonOut      bool
	table        bool
}

func (f *crossvalFlags) register(fs *flag.FlagSet) {
	shared := flag.NewFlagSet("model", flag.ContinueOnError)
	f.mf.register(shared)
	shared.VisitAll(func(fl *flag.Flag) {
		if !excludedModelFlags[fl.Name] {
			fs.Var(fl.Value, fl.Name, fl.Usage)
		}
	})
	fs.StringVar(&f.a, "a", "", "the configuration under test (default: from -device, -kernels, -t, -mode, -precision, -ubatch)")
	fs.StringVar(&f.b, "b", "", "the reference configuration")
	fs.StringVar(&f.ref, "ref", "", "a BNLG logits dump to compare with (the reference)")
	fs.Var(&f.prefixes, "prefix", "a BNLG dump whose rows give tokens before the --ref rows (repeatable)")
	fs.StringVar(&f.promptIDs, "prompt-ids", "", "token ids at positions 0, 1, ... (comma-separated): the context of --ref rows, or the sequence to run")
	fs.StringVar(&f.prompt, "p", "", "text to tokenize as the sequence to run (with --b, --matrix or --dump)")
	fs.StringVar(&f.prompt, "prompt", "", "same as -p")
	fs.IntVar(&f.random, "random", 0, "run N seeded random tokens (with --b, --matrix or --dump)")
	fs.Uint64Var(&f.seed, "seed", 1, "seed of --random")
	fs.StringVar(&f.ubatch, "ubatch", "", "tokens per forward call: N or all (default all); 1 feeds token by token")
	fs.StringVar(&f.prefixUBatch, "prefix-ubatch", "", "with --ref: evaluate the context before the rows on its own in calls of N (or all) tokens, then start the rows in a new call (default: context and rows share the --ubatch calls)")
	fs.StringVar(&f.policy, "policy", "auto", "tolerance: fp32, fp16, bf16, bitnetcpp, none, a number (max relative error), or auto")
	fs.StringVar(&f.dump, "dump", "", "write the --a configuration's logits to FILE (BNLG)")
	fs.BoolVar(&f.matrix, "matrix", false, "compare every configuration this machine can run with the reference path")
	fs.BoolVar(&f.jsonOut, "json", false, "print the report as JSON")
	fs.BoolVar(&f.table, "table", true, "print the per-position table")
}

func runCrossval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("crossval", stdout, stderr, crossvalUsage,
		"bitnet crossval -m model.gguf -p \"The capital of France is\" --b cpu,kernels=ref",
		"bitnet crossval -m model.gguf --matrix --random 64",
		"bitnet crossval -m model.gguf --ref logits.bnlg --prompt-ids 128000,791,6864")
	var f crossvalFlags
	f.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if f.mf.path == "" {
		return fmt.Errorf("no model: pass -m FILE.gguf")
	}
	if f.ref == "" && f.b == "" && !f.matrix && f.dump == "" {
		return usageErrorf(fs, "say what to compare with: --ref FILE, --b SPEC or --matrix (or write a --dump)")
	}
	if f.dump != "" {
		if err := outfile.Check(f.dump); err != nil { // before the model loads
			return err
		}
	}
	if f.ref != "" && (f.b != "" || f.matrix) {
		return fmt.Errorf("--ref compares with a dump; --b and --matrix compare configurations: pick one")
	}
	a, err := f.config()
	if err != nil {
		return err
	}
	if f.ref != "" {
		// The dump is checked before the (possibly slow) model load.
		ref, seq, err := f.openRef()
		if err != nil {
			return err
		}
		defer ref.Close()
		om, err := f.openModel(ctx, stderr)
		if err != nil {
			return err
		}
		defer om.Close()
		return f.runRef(ctx, om, a, ref, seq, stdout, stderr)
	}
	om, err := f.openModel(ctx, stderr)
	if err != nil {
		return err
	}
	defer om.Close()
	switch {
	case f.matrix:
		return f.runMatrix(ctx, om, a.Mode, stdout, stderr)
	}
	return f.runPair(ctx, om, a, stdout, stderr)
}

// config builds the --a configuration: the model flags, then the spec.
func (f *crossvalFlags) config() (crossval.Config, error) {
	mode, err := engine.ParseNumericMode(f.mf.mode)
	if err != nil {
		return crossval.Config{}, err
	}
	base := crossval.Config{Backend: crossval.BackendCPU, Kernels: f.mf.kernels, Threads: f.mf.threads, Mode: mode, Precision: f.mf.precision, KVCache: f.mf.kvCache}
	if f.ubatch != "" {
		if base.UBatch, err = parseCount("ubatch", f.ubatch); err != nil {
			return crossval.Config{}, err
		}
	}
	spec := f.a
	if spec == "" {
		switch d := f.mf.device; {
		case d == "cpu" || d == "auto" || d == "":
			spec = "cpu"
		case d == "cuda" || strings.HasPrefix(d, "cuda:"):
			spec = d
		default:
			return crossval.Config{}, fmt.Errorf("unknown -device %q (want auto, cpu or cuda:N)", d)
		}
	}
	if strings.HasPrefix(spec, "cuda") && f.mf.kernels == "auto" {
		base.Kernels = ""
	}
	if !strings.HasPrefix(spec, "cuda") && base.Precision != "" && base.Precision != "fp32" {
		base.Precision = "" // -precision is for the GPU
	}
	return crossval.ParseConfig(spec, base)
}

func parseCount(name, v string) (int, error) {
	if v == "all" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("-%s %q: want a positive count or all", name, v)
	}
	return n, nil
}

func (f *crossvalFlags) openModel(ctx context.Context, stderr io.Writer) (*crossval.OpenedModel, error) {
	path := f.mf.path
	if hub.IsRef(path) {
		r, err := hub.ParseRef(path)
		if err != nil {
			return nil, err
		}
		if path, err = hub.NewClient(hub.WithOffline(f.mf.offline)).Pull(ctx, r); err != nil {
			return nil, err
		}
	}
	lm, err := gguf.ParseLoadMode(f.mf.loadMode)
	if err != nil {
		return nil, err
	}
	om, err := crossval.OpenModel(ctx, path, gguf.WithLoadMode(lm), gguf.WithHugePages(f.mf.hugePages), gguf.WithMlock(f.mf.mlock))
	if err != nil {
		return nil, err
	}
	if !f.mf.quiet {
		c := om.Model.Config
		fmt.Fprintf(stderr, "model %s: %s, %d layers, hidden %d, vocab %d\n", path, c.Arch, c.Layers, c.Hidden, c.VocabSize)
	}
	return om, nil
}

// policyFor resolves -policy; auto gives def.
func (f *crossvalFlags) policyFor(def crossval.Policy) (crossval.Policy, error) {
	if f.policy == "" || f.policy == "auto" {
		return def, nil
	}
	return crossval.ParsePolicy(f.policy)
}

func (f *crossvalFlags) newEngine(ctx context.Context, om *crossval.OpenedModel, c crossval.Config, stderr io.Writer) (engine.Engine, string, error) {
	e, err := crossval.NewEngine(ctx, om.Model, c)
	if err != nil {
		return nil, "", err
	}
	name := c.String()
	if c.Backend == crossval.BackendCPU {
		name += " [" + kernelSummary(e.Info()) + "]"
	}
	if !f.mf.quiet {
		fmt.Fprintf(stderr, "running %s\n", name)
	}
	return e, name, nil
}

// kernelSummary lists the kernels an engine chose, e.g. "ref" or "avx2, lut".
func kernelSummary(info engine.Info) string {
	seen := map[string]bool{}
	var out []string
	for _, k := range info.Kernels {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// openRef opens the --ref dump and resolves the sequence its rows need from
// the --prefix dumps and --prompt-ids.
func (f *crossvalFlags) openRef() (*crossval.LogitsReader, crossval.Sequence, error) {
	ref, err := crossval.OpenLogits(f.ref)
	if err != nil {
		return nil, crossval.Sequence{}, err
	}
	var known []crossval.TokenAt
	for _, p := range f.prefixes {
		pr, err := crossval.OpenLogits(p)
		if err != nil {
			ref.Close()
			return nil, crossval.Sequence{}, err
		}
		known = append(known, crossval.TokensOf(pr)...)
		pr.Close()
	}
	if f.promptIDs != "" {
		ids, err := parseIDs(f.promptIDs)
		if err != nil {
			ref.Close()
			return nil, crossval.Sequence{}, err
		}
		known = append(known, crossval.IDsAt(ids)...)
	}
	seq, err := crossval.ResolveSequence(ref, known)
	if err != nil {
		ref.Close()
		return nil, crossval.Sequence{}, fmt.Errorf("%s: %w", f.ref, err)
	}
	return ref, seq, nil
}

// runRef compares --a with a BNLG dump, on the dump's own tokens and positions.
func (f *crossvalFlags) runRef(ctx context.Context, om *crossval.OpenedModel, a crossval.Config, ref *crossval.LogitsReader, seq crossval.Sequence, stdout, stderr io.Writer) error {
	if ref.Vocab() != om.Model.Config.VocabSize {
		return fmt.Errorf("%s has %d logits per row, the model %d: a dump of another model or vocabulary", f.ref, ref.Vocab(), om.Model.Config.VocabSize)
	}
	plan := crossval.Plan{UBatch: a.UBatch}
	if f.prefixUBatch != "" {
		n, err := parseCount("prefix-ubatch", f.prefixUBatch)
		if err != nil {
			return err
		}
		plan.SeparatePrefix, plan.PrefixUBatch = true, n
	}
	// An external reference: bitnet.cpp's parity bound, unless the GPU runs
	// at a lower precision (then its own bound, when one has been measured).
	def, _ := crossval.PolicyByName(crossval.PolicyBitNetCpp)
	if p := a.Precision; a.Backend == crossval.BackendCUDA && (p == "fp16" || p == "bf16") {
		def, _ = crossval.PolicyByName(p)
	}
	pol, err := f.policyFor(def)
	if err != nil {
		return err
	}
	eng, name, err := f.newEngine(ctx, om, a, stderr)
	if err != nil {
		return err
	}
	defer eng.Close()
	dump, finish, err := f.openDump(eng.VocabSize(), seq)
	if err != nil {
		return err
	}
	refName := fmt.Sprintf("%s (%d rows at positions %d-%d, vocab %d)", f.ref, ref.Len(), ref.Pos(0), int(ref.Pos(0))+ref.Len()-1, ref.Vocab())
	rep, err := crossval.Check(ctx, eng, ref, seq, crossval.CheckOptions{Plan: plan, Policy: pol, Test: name, Reference: refName, Dump: dump})
	if err := finish(err); err != nil {
		return err
	}
	return f.emit(rep, stdout)
}

// openDump creates the --dump file for seq's rows; finish closes it, removing
// the file when the run failed.
func (f *crossvalFlags) openDump(vocab int, seq crossval.Sequence) (*crossval.LogitsWriter, func(error) error, error) {
	if f.dump == "" {
		return nil, func(err error) error { return err }, nil
	}
	if err := outfile.Check(f.dump); err != nil {
		return nil, nil, err
	}
	file, err := os.Create(f.dump)
	if err != nil {
		return nil, nil, err
	}
	n := seq.Rows()
	pos := make([]int32, n)
	for i := range pos {
		pos[i] = int32(seq.From + i)
	}
	w, err := crossval.NewLogitsWriter(file, vocab, seq.Tokens[seq.From:], pos)
	if err != nil {
		file.Close()
		os.Remove(f.dump)
		return nil, nil, err
	}
	return w, func(runErr error) error {
		err := runErr
		if err == nil {
			err = w.Close()
		}
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(f.dump)
		}
		return err
	}, nil
}

// tokens is the sequence for --b, --matrix and --dump: -p, --prompt-ids or --random.
func (f *crossvalFlags) tokens(om *crossval.OpenedModel) ([]int32, error) {
	given := 0
	for _, set := range []bool{f.prompt != "", f.promptIDs != "", f.random > 0} {
		if set {
			given++
		}
	}
	if given != 1 {
		return nil, fmt.Errorf("give the tokens to run with exactly one of -p TEXT, --prompt-ids LIST or --random N")
	}
	vocab := om.Model.Config.VocabSize
	switch {
	case f.promptIDs != "":
		return parseIDs(f.promptIDs)
	case f.random > 0:
		r := rand.New(rand.NewPCG(f.seed, 0x6372))
		ids := make([]int32, f.random)
		for i := range ids {
			ids[i] = int32(r.IntN(vocab))
		}
		return ids, nil
	}
	var opts []tokenizer.Option
	switch strings.ToLower(f.mf.pre) {
	case "":
	case "llama3":
		opts = append(opts, tokenizer.WithPreTokenizer(tokenizer.PreLlama3))
	case "bitnetcpp", "llamacpp-default", "default":
		opts = append(opts, tokenizer.WithPreTokenizer(tokenizer.PreLlamaCppDefault))
	default:
		return nil, fmt.Errorf("unknown -tokenizer-compat %q (want llama3 or bitnetcpp)", f.mf.pre)
	}
	tok, err := tokenizer.FromGGUF(om.File, opts...)
	if err != nil {
		return nil, fmt.Errorf("tokenizer: %w", err)
	}
	ids := tok.Encode(f.prompt, tokenizer.EncodeOptions{AddBOS: tok.AddBOS()})
	if len(ids) == 0 {
		return nil, fmt.Errorf("the prompt tokenizes to nothing")
	}
	return ids, nil
}

// runPair compares --a with --b on one sequence, or only dumps --a.
func (f *crossvalFlags) runPair(ctx context.Context, om *crossval.OpenedModel, a crossval.Config, stdout, stderr io.Writer) error {
	ids, err := f.tokens(om)
	if err != nil {
		return err
	}
	seq := crossval.Sequence{Tokens: ids}
	if f.b == "" { // --dump only
		eng, _, err := f.newEngine(ctx, om, a, stderr)
		if err != nil {
			return err
		}
		defer eng.Close()
		dump, finish, err := f.openDump(eng.VocabSize(), seq)
		if err != nil {
			return err
		}
		err = crossval.Evaluate(ctx, eng, seq, crossval.Plan{UBatch: a.UBatch}, func(_ int, row []float32) error { return dump.WriteRow(row) })
		if err := finish(err); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s: %d rows of %d logits (%s)\n", f.dump, len(ids), eng.VocabSize(), a)
		return nil
	}
	b, err := crossval.ParseConfig(f.b, crossval.Config{Backend: crossval.BackendCPU, Kernels: "auto", Threads: f.mf.threads, Mode: a.Mode, UBatch: a.UBatch})
	if err != nil {
		return err
	}
	auto, why := crossval.AutoPolicy(a, b, 0, len(ids))
	pol, err := f.policyFor(auto)
	if err != nil {
		return err
	}
	beng, bname, err := f.newEngine(ctx, om, b, stderr)
	if err != nil {
		return err
	}
	want, err := crossval.Capture(ctx, beng, seq, crossval.Plan{UBatch: b.UBatch})
	beng.Close()
	if err != nil {
		return err
	}
	aeng, aname, err := f.newEngine(ctx, om, a, stderr)
	if err != nil {
		return err
	}
	defer aeng.Close()
	dump, finish, err := f.openDump(aeng.VocabSize(), seq)
	if err != nil {
		return err
	}
	rep, err := crossval.Check(ctx, aeng, want, seq, crossval.CheckOptions{Plan: crossval.Plan{UBatch: a.UBatch}, Policy: pol, Test: aname, Reference: bname, Dump: dump})
	if err := finish(err); err != nil {
		return err
	}
	if why != "" && pol.Name == crossval.PolicyNone {
		rep.Notes = append(rep.Notes, why)
	}
	return f.emit(rep, stdout)
}

func (f *crossvalFlags) runMatrix(ctx context.Context, om *crossval.OpenedModel, mode engine.NumericMode, stdout, stderr io.Writer) error {
	ids, err := f.tokens(om)
	if err != nil {
		return err
	}
	if f.dump != "" {
		return fmt.Errorf("--dump writes one configuration's logits; it does not go with --matrix")
	}
	configs := crossval.Matrix(mode)
	if !f.mf.quiet {
		fmt.Fprintf(stderr, "comparing %d configurations with %s on %d tokens\n", len(configs), crossval.Reference(mode), len(ids))
	}
	res, err := crossval.RunMatrix(ctx, om.Model, crossval.Reference(mode), configs, []crossval.Sequence{{Tokens: ids}})
	if err != nil {
		return err
	}
	if f.jsonOut {
		if err := writeMatrixJSON(stdout, res); err != nil {
			return err
		}
	} else if err := crossval.WriteMatrix(stdout, res); err != nil {
		return err
	}
	var worst *crossval.Report
	for i := range res {
		if w := res[i].Worst(); w != nil && w.Verdict == crossval.Fail &&
			(worst == nil || w.Summary.WorstMaxRel > worst.Summary.WorstMaxRel) {
			worst = w
		}
	}
	if worst != nil {
		return worst.Err()
	}
	return nil
}

func writeMatrixJSON(w io.Writer, res []crossval.MatrixResult) error {
	type entry struct {
		Config  string             `json:"config"`
		Skip    string             `json:"skip,omitempty"`
		Verdict crossval.Verdict   `json:"verdict"`
		Reports []*crossval.Report `json:"reports,omitempty"`
	}
	out := make([]entry, len(res))
	for i := range res {
		out[i] = entry{Config: res[i].Config.String(), Skip: res[i].Skip, Verdict: res[i].Verdict(), Reports: res[i].Reports}
		if res[i].Skip != "" {
			out[i].Verdict = "SKIP"
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// emit prints a report and returns its verdict as an error (exit status 3 on FAIL).
func (f *crossvalFlags) emit(rep *crossval.Report, stdout io.Writer) error {
	if f.jsonOut {
		if err := rep.WriteJSON(stdout); err != nil {
			return err
		}
	} else if err := rep.WriteText(stdout, f.table); err != nil {
		return err
	}
	return rep.Err()
}

func parseIDs(s string) ([]int32, error) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' })
	if len(fields) == 0 {
		return nil, errors.New("--prompt-ids: no ids")
	}
	ids := make([]int32, len(fields))
	for i, fl := range fields {
		v, err := strconv.ParseInt(fl, 10, 32)
		if err != nil || v < 0 {
			return nil, fmt.Errorf("--prompt-ids: %q is not a token id", fl)
		}
		ids[i] = int32(v)
	}
	return ids, nil
}
