package crossval

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
)

// Sequence is what a run evaluates: Tokens at positions 0..len-1, of which
// the rows at positions From.. are compared (the earlier ones are context).
type Sequence struct {
	Tokens []int32
	From   int
}

// Rows is the number of compared rows.
func (s Sequence) Rows() int { return len(s.Tokens) - s.From }

func (s Sequence) validate() error {
	if len(s.Tokens) == 0 {
		return errors.New("crossval: empty token sequence")
	}
	if s.From < 0 || s.From >= len(s.Tokens) {
		return fmt.Errorf("crossval: compared rows start at position %d of a %d-token sequence", s.From, len(s.Tokens))
	}
	return nil
}

// Plan says how a sequence is cut into forward calls, which matters in
// bitnetcpp mode: bitnet.cpp rounds single-token batches (and batches that
// output a single row) differently from larger ones (docs/MODEL.md).
//
// By default the whole sequence is cut into calls of UBatch tokens from
// position 0, as llama.cpp cuts one llama_decode call into micro-batches.
// With SeparatePrefix, the context before the compared rows is evaluated
// first, in calls of PrefixUBatch tokens, and the rows start a new call:
// how a dump of generated tokens is made after a separate prompt decode.
// Zero means no limit (one call).
//
// With Batched > 0, every call goes through engine.ForwardBatch together
// with that many other sequences, which advance by one token or a 3-token
// chunk per call (the "batched with other sequences" axis of the matrix).
type Plan struct {
	UBatch         int
	SeparatePrefix bool
	PrefixUBatch   int
	Batched        int
}

// String describes the plan, e.g. "prefix in calls of all, then rows in calls of 1".
func (p Plan) String() string {
	if p.SeparatePrefix {
		return fmt.Sprintf("context in calls of %s tokens, then the rows in calls of %s", ubatchString(p.PrefixUBatch), ubatchString(p.UBatch))
	}
	return fmt.Sprintf("calls of %s tokens from position 0", ubatchString(p.UBatch))
}

type span struct{ start, end int }

func split(dst []span, a, b, size int) []span {
	if size <= 0 {
		size = b - a
	}
	for s := a; s < b; s += size {
		dst = append(dst, span{s, min(s+size, b)})
	}
	return dst
}

// spans lists the forward calls for a sequence of n tokens whose rows
// from.. are wanted.
func (p Plan) spans(from, n int) []span {
	if p.SeparatePrefix {
		return split(split(nil, 0, from, p.PrefixUBatch), from, n, p.UBatch)
	}
	return split(nil, 0, n, p.UBatch)
}

// pattern marks, for every position, what bitnetcpp rounding depends on:
// 1 if its call holds one token, 2 if it is the only output row of its call.
// Two plans with equal patterns round every row the same way.
func (p Plan) pattern(from, n int) []byte {
	out := make([]byte, n)
	for _, s := range p.spans(from, n) {
		outs := s.end - max(s.start, from)
		for i := s.start; i < s.end; i++ {
			if s.end-s.start == 1 {
				out[i] |= 1
			}
			if outs == 1 && i == s.end-1 {
				out[i] |= 2
			}
		}
	}
	return out
}

// Evaluate runs seq on a fresh state of eng, following plan, and calls row
// for every compared row in order with its index (0 for position From) and
// logits. The logits slice is reused: copy it to keep it. Calls that hold
// compared rows ask for all logits, except one that outputs a single row,
// which asks for the last (as a reference that wanted one row would).
func Evaluate(ctx context.Context, eng engine.Engine, seq Sequence, plan Plan, row func(i int, logits []float32) error) error {
	if err := seq.validate(); err != nil {
		return err
	}
	n, from, V := len(seq.Tokens), seq.From, eng.VocabSize()
	st, err := eng.NewState(n)
	if err != nil {
		return fmt.Errorf("crossval: %w", err)
	}
	defer st.Close()
	others, err := companions(eng, plan.Batched, 3*len(plan.spans(from, n)))
	if err != nil {
		return err
	}
	defer func() {
		for _, c := range others {
			c.st.Close()
		}
	}()
	var buf []float32
	for _, s := range plan.spans(from, n) {
		if err := ctx.Err(); err != nil {
			return err
		}
		first := max(s.start, from) // first output position of this call
		want, rows := engine.NoLogits, 0
		switch k := s.end - first; {
		case k == 1:
			want, rows = engine.LastLogits, 1
		case k > 1:
			want, rows = engine.AllLogits, s.end-s.start
		}
		if cap(buf) < rows*V {
			buf = make([]float32, rows*V)
		}
		got, err := forward(ctx, eng, st, others, seq.Tokens[s.start:s.end], want, buf[:rows*V])
		if err != nil {
			return fmt.Errorf("crossval: forward at positions %d-%d: %w", s.start, s.end-1, err)
		}
		if got != rows {
			return fmt.Errorf("crossval: forward at positions %d-%d returned %d rows, want %d", s.start, s.end-1, got, rows)
		}
		base := s.end - rows // position of buf's first row
		for p := first; p < s.end; p++ {
			if err := row(p-from, buf[(p-base)*V:(p-base+1)*V]); err != nil {
				return err
			}
		}
	}
	return nil
}

// companion is a sequence batched alongside the evaluated one.
type companion struct {
	st    engine.State
	calls int
	dst   []float32
}

func companions(eng engine.Engine, k, capacity int) ([]*companion, error) {
	var out []*companion
	for i := 0; i < k; i++ {
		st, err := eng.NewState(capacity)
		if err != nil {
			for _, c := range out {
				c.st.Close()
			}
			return nil, fmt.Errorf("crossval: %w", err)
		}
		out = append(out, &companion{st: st, dst: make([]float32, eng.VocabSize())})
	}
	return out, nil
}

// forward runs one call of the evaluated sequence, alone or batched with the
// companions (whose tokens and logits requests vary from call to call).
func forward(ctx context.Context, eng engine.Engine, st engine.State, others []*companion, tokens []int32, want engine.Logits, dst []float32) (int, error) {
	if len(others) == 0 {
		return st.Forward(ctx, tokens, want, dst)
	}
	V := eng.VocabSize()
	steps := []engine.Step{{State: st, Tokens: tokens, Want: want, Dst: dst}}
	for i, c := range others {
		n := 1
		if (c.calls+i)%3 == 0 {
			n = 3
		}
		toks := make([]int32, n)
		for j := range toks {
			toks[j] = int32((i*31+c.calls*7+j*13)%(V-1)) + 1
		}
		w := engine.LastLogits
		if (c.calls+i)%2 == 1 {
			w = engine.NoLogits
		}
		c.calls++
		steps = append(steps, engine.Step{State: c.st, Tokens: toks, Want: w, Dst: c.dst})
	}
	if err := engine.ForwardBatch(ctx, eng, steps); err != nil {
		return 0, err
	}
	for _, s := range steps[1:] {
		if s.Err != nil {
			return 0, fmt.Errorf("crossval: companion sequence: %w", s.Err)
		}
	}
	return steps[0].Rows, steps[0].Err
}

// Capture evaluates seq and keeps the compared rows' logits in memory.
func Capture(ctx context.Context, eng engine.Engine, seq Sequence, plan Plan) (*Logits, error) {
	if err := seq.validate(); err != nil {
		return nil, err
	}
	n := seq.Rows()
	V := eng.VocabSize()
	l := &Logits{V: V, Tokens: make([]int32, n), Poss: make([]int32, n), Data: make([]float32, n*V)}
	for i := range l.Tokens {
		l.Tokens[i] = seq.Tokens[seq.From+i]
		l.Poss[i] = int32(seq.From + i)
	}
	err := Evaluate(ctx, eng, seq, plan, func(i int, logits []float32) error {
		copy(l.Row(i), logits)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return l, nil
}

// TokenAt is a token known at a position: context for a reference's rows.
type TokenAt struct {
	Pos   int
	Token int32
}

// TokensOf lists the tokens and positions of a dump's rows.
func TokensOf(r Rows) []TokenAt {
	out := make([]TokenAt, r.Len())
	for i := range out {
		out[i] = TokenAt{int(r.Pos(i)), r.Token(i)}
	}
	return out
}

// IDsAt places ids at positions 0, 1, ...
func IDsAt(ids []int32) []TokenAt {
	out := make([]TokenAt, len(ids))
	for i, id := range ids {
		out[i] = TokenAt{i, id}
	}
	return out
}

// ResolveSequence builds the sequence a reference's rows need. The rows
// must sit at consecutive positions p, p+1, ... in the order they were
// evaluated; every position before p must have a token in known (gathered
// from earlier dumps with TokensOf, or a prompt with IDsAt). A known token
// at a row's position must be the row's token; known tokens past the last
// row are ignored.
func ResolveSequence(ref Rows, known []TokenAt) (Sequence, error) {
	n := ref.Len()
	if n == 0 {
		return Sequence{}, errors.New("crossval: the reference has no rows")
	}
	p0 := int(ref.Pos(0))
	if p0 < 0 {
		return Sequence{}, fmt.Errorf("crossval: the reference's first row is at negative position %d", p0)
	}
	for i := 1; i < n; i++ {
		if int(ref.Pos(i)) != p0+i {
			return Sequence{}, fmt.Errorf("crossval: the reference's rows must be at consecutive positions in the order evaluated: row %d is at position %d after position %d",
				i, ref.Pos(i), ref.Pos(i-1))
		}
	}
	for i := 0; i < n; i++ {
		if ref.Token(i) < 0 {
			return Sequence{}, fmt.Errorf("crossval: the reference's row %d has negative token %d", i, ref.Token(i))
		}
	}
	if p0 > len(known) {
		// Not enough known tokens to cover the context, whatever their positions.
		return Sequence{}, missingContext(p0, firstMissing(p0, known))
	}
	tokens := make([]int32, p0+n)
	have := make([]bool, p0)
	for i := 0; i < n; i++ {
		tokens[p0+i] = ref.Token(i)
	}
	for _, k := range known {
		switch {
		case k.Pos < 0:
			return Sequence{}, fmt.Errorf("crossval: context token %d at negative position %d", k.Token, k.Pos)
		case k.Token < 0:
			return Sequence{}, fmt.Errorf("crossval: negative context token %d at position %d", k.Token, k.Pos)
		case k.Pos >= p0+n:
			// Past the last row: not needed.
		case k.Pos >= p0:
			if tokens[k.Pos] != k.Token {
				return Sequence{}, fmt.Errorf("crossval: the context has token %d at position %d, but the reference's row there fed token %d",
					k.Token, k.Pos, tokens[k.Pos])
			}
		case have[k.Pos] && tokens[k.Pos] != k.Token:
			return Sequence{}, fmt.Errorf("crossval: the context gives position %d two tokens, %d and %d", k.Pos, tokens[k.Pos], k.Token)
		default:
			tokens[k.Pos], have[k.Pos] = k.Token, true
		}
	}
	for p, ok := range have {
		if !ok {
			return Sequence{}, missingContext(p0, p)
		}
	}
	return Sequence{Tokens: tokens, From: p0}, nil
}

func firstMissing(p0 int, known []TokenAt) int {
	seen := make(map[int]bool, len(known))
	for _, k := range known {
		seen[k.Pos] = true
	}
	for p := 0; p < p0; p++ {
		if !seen[p] {
			return p
		}
	}
	return p0
}

func missingContext(p0, missing int) error {
	return fmt.Errorf("crossval: the reference's rows start at position %d, so they need the %d tokens before it, and none is known for position %d: give the earlier rows' dump (--prefix FILE) or the ids (--prompt-ids)",
		p0, p0, missing)
}

// CheckOptions configures Check.
type CheckOptions struct {
	Plan      Plan
	Policy    Policy
	Test      string        // name of what runs (e.g. Config.String())
	Reference string        // name of the reference
	Dump      *LogitsWriter // if set, receives the engine's rows in order
	// Progress, if set, is called after each row with the rows done and the total.
	Progress func(done, total int)
}

// Check runs seq on eng and compares every row from seq.From on with the
// reference's rows, which must be seq's rows (same tokens at the same
// positions) with the engine's number of logits. It streams: only one call's
// logits and one reference row are in memory at a time.
func Check(ctx context.Context, eng engine.Engine, ref Rows, seq Sequence, o CheckOptions) (*Report, error) {
	if err := seq.validate(); err != nil {
		return nil, err
	}
	V := eng.VocabSize()
	if ref.Vocab() != V {
		return nil, fmt.Errorf("crossval: the reference has %d logits per row, the model %d: not the same model or vocabulary", ref.Vocab(), V)
	}
	if ref.Len() != seq.Rows() {
		return nil, fmt.Errorf("crossval: the reference has %d rows, the sequence %d", ref.Len(), seq.Rows())
	}
	for i := 0; i < ref.Len(); i++ {
		p := seq.From + i
		if int(ref.Pos(i)) != p || ref.Token(i) != seq.Tokens[p] {
			return nil, fmt.Errorf("crossval: reference row %d (token %d at position %d) is not the sequence's token %d at position %d",
				i, ref.Token(i), ref.Pos(i), seq.Tokens[p], p)
		}
	}
	for p, t := range seq.Tokens {
		if int(t) >= V {
			return nil, fmt.Errorf("crossval: token %d at position %d is outside the model's vocabulary of %d", t, p, V)
		}
	}
	c := NewComparison(o.Test, o.Reference, o.Policy)
	c.Note(fmt.Sprintf("%d rows at positions %d-%d compared; batches: %s", seq.Rows(), seq.From, len(seq.Tokens)-1, o.Plan))
	if seq.From > 0 {
		c.Note(fmt.Sprintf("positions 0-%d were context only: fed, not compared", seq.From-1))
	}
	refRow := make([]float32, V)
	err := Evaluate(ctx, eng, seq, o.Plan, func(i int, got []float32) error {
		want, err := ref.ReadRow(i, refRow)
		if err != nil {
			return err
		}
		c.Add(int32(seq.From+i), seq.Tokens[seq.From+i], got, want)
		if o.Dump != nil {
			if err := o.Dump.WriteRow(got); err != nil {
				return err
			}
		}
		if o.Progress != nil {
			o.Progress(i+1, seq.Rows())
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c.Report(), nil
}

// OpenedModel is a model file opened for cross-validation.
type OpenedModel struct {
	File  *gguf.File
	Model *model.Model
}

// OpenModel opens and validates a GGUF model file.
func OpenModel(ctx context.Context, path string, opts ...gguf.Option) (*OpenedModel, error) {
	f, err := gguf.OpenContext(ctx, path, opts...)
	if err != nil {
		return nil, fmt.Errorf("crossval: %w", err)
	}
	m, err := model.FromGGUF(f, model.Options{})
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("crossval: %w", err)
	}
	return &OpenedModel{File: f, Model: m}, nil
}

// Close unmaps the file. Engines built on the model must be closed first.
func (m *OpenedModel) Close() error { return m.File.Close() }

// MatrixResult is one configuration's outcome in RunMatrix.
type MatrixResult struct {
	Config    Config
	Reference Config    // the reference for the last sequence (see each Report)
	Reports   []*Report // one per sequence; nil when skipped
	Skip      string    // why the configuration did not run
}

// Worst returns the report with the largest worst max relative error (a
// failed one first), or nil when the configuration was skipped.
func (r *MatrixResult) Worst() *Report {
	var w *Report
	for _, rep := range r.Reports {
		if w == nil || worse(rep, w) {
			w = rep
		}
	}
	return w
}

// worse orders reports: a failure first, then by worst max relative error.
func worse(a, b *Report) bool {
	if (a.Verdict == Fail) != (b.Verdict == Fail) {
		return a.Verdict == Fail
	}
	return a.Summary.WorstMaxRel > b.Summary.WorstMaxRel
}

// Verdict is FAIL if any sequence failed, PASS if all passed, else UNCHECKED.
func (r *MatrixResult) Verdict() Verdict {
	if len(r.Reports) == 0 {
		return Unchecked
	}
	v := Pass
	for _, rep := range r.Reports {
		switch rep.Verdict {
		case Fail:
			return Fail
		case Unchecked:
			v = Unchecked
		}
	}
	return v
}

// RunMatrix runs every configuration on each sequence and checks it against
// a reference configuration under AutoPolicy. The reference is ref, except
// where no tolerance would apply to that pair (bitnetcpp mode with a
// different batch split), where it is ref with the configuration's own
// split. Configurations this machine cannot run are reported as skipped,
// with the reason; any other error stops the run.
func RunMatrix(ctx context.Context, m *model.Model, ref Config, configs []Config, seqs []Sequence) ([]MatrixResult, error) {
	for _, seq := range seqs {
		if err := seq.validate(); err != nil {
			return nil, err
		}
	}
	type key struct {
		c   Config
		seq int
	}
	refs := map[key]*Logits{}
	capture := func(c Config, i int) (*Logits, error) {
		if l, ok := refs[key{c, i}]; ok {
			return l, nil
		}
		eng, err := NewEngine(ctx, m, c)
		if err != nil {
			return nil, err
		}
		defer eng.Close()
		l, err := Capture(ctx, eng, seqs[i], Plan{UBatch: c.UBatch})
		if err != nil {
			return nil, fmt.Errorf("crossval: %s: %w", c, err)
		}
		refs[key{c, i}] = l
		return l, nil
	}
	var out []MatrixResult
	for _, c := range configs {
		res, err := runConfig(ctx, m, ref, c, seqs, capture)
		if err != nil {
			return out, err
		}
		out = append(out, res)
	}
	return out, nil
}

func runConfig(ctx context.Context, m *model.Model, ref, c Config, seqs []Sequence, capture func(Config, int) (*Logits, error)) (MatrixResult, error) {
	res := MatrixResult{Config: c, Reference: ref}
	eng, err := NewEngine(ctx, m, c)
	var ua *UnavailableError
	if errors.As(err, &ua) {
		res.Skip = ua.Reason.Error()
		return res, nil
	}
	if err != nil {
		return res, err
	}
	defer eng.Close()
	name := c.String()
	if c.Backend == BackendCPU && (c.Kernels == "" || c.Kernels == "auto") {
		name += " (" + kernelNames(eng.Info()) + ")"
	}
	for i, seq := range seqs {
		r := ref
		n := len(seq.Tokens)
		pol, why := AutoPolicy(c, r, seq.From, n)
		if !pol.Bounded() && c.Mode == r.Mode && c.precision() == "fp32" {
			r.UBatch = c.UBatch
			pol, why = AutoPolicy(c, r, seq.From, n)
		}
		res.Reference = r
		want, err := capture(r, i)
		if err != nil {
			return res, err
		}
		rep, err := Check(ctx, eng, want, seq, CheckOptions{Plan: Plan{UBatch: c.UBatch, Batched: c.Batched}, Policy: pol, Test: name, Reference: r.String()})
		if err != nil {
			return res, fmt.Errorf("crossval: %s: %w", c, err)
		}
		if why != "" {
			rep.Notes = append(rep.Notes, why)
		}
		res.Reports = append(res.Reports, rep)
	}
	return res, nil
}

// kernelNames lists the distinct kernel names an engine reports.
func kernelNames(info engine.Info) string {
	seen := map[string]bool{}
	var names []string
	for _, k := range info.Kernels {
		if !seen[k] {
			seen[k] = true
			names = append(names, k)
		}
	}
	if len(names) == 0 {
		return "?"
	}
	sort.Strings(names)
	return strings.Join(names, ", ")
}
