package crossval

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/synth"
)

// tinySeed is the synth seed of the tiny model the tests (and the golden
// fixtures) use.
const tinySeed = 20260101

var tinyOnce struct {
	sync.Once
	dir string
	err error
}

// testDir holds files shared by the tests of one run (the tiny model).
var testDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "crossval-test-")
	if err != nil {
		panic(err)
	}
	testDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func mkdirTemp() (string, error) { return os.MkdirTemp(testDir, "model-") }

// tinyModelPath writes the tiny preset (I2_S) once per test binary.
func tinyModelPath(t testing.TB) string {
	t.Helper()
	tinyOnce.Do(func() {
		dir, err := mkdirTemp()
		if err != nil {
			tinyOnce.err = err
			return
		}
		cfg, err := synth.Preset("tiny")
		if err != nil {
			tinyOnce.err = err
			return
		}
		tinyOnce.dir = dir
		tinyOnce.err = synth.Write(context.Background(), filepath.Join(dir, "tiny.gguf"), cfg, synth.Options{Seed: tinySeed, WeightType: gguf.TypeI2_S})
	})
	require.NoError(t, tinyOnce.err)
	return filepath.Join(tinyOnce.dir, "tiny.gguf")
}

func openModel(t testing.TB, path string) *model.Model {
	t.Helper()
	m, err := OpenModel(context.Background(), path, gguf.WithLoadMode(gguf.LoadRAM))
	require.NoError(t, err)
	t.Cleanup(func() { m.Close() })
	return m.Model
}

func newEngine(t testing.TB, m *model.Model, c Config) engine.Engine {
	t.Helper()
	e, err := NewEngine(context.Background(), m, c)
	require.NoError(t, err)
	t.Cleanup(func() { e.Close() })
	return e
}

func randomTokens(r *rand.Rand, n, vocab int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = int32(r.IntN(vocab))
	}
	return out
}

// Evaluate hands back exactly what direct engine calls give: rows of one
// full-batch call, or of token-by-token calls, bit for bit.
func TestEvaluateMatchesEngine(t *testing.T) {
	m := openModel(t, tinyModelPath(t))
	for _, mode := range []engine.NumericMode{engine.Exact, engine.BitNetCpp} {
		e := newEngine(t, m, Config{Backend: BackendCPU, Kernels: "ref", Threads: 2, Mode: mode})
		V := e.VocabSize()
		tokens := randomTokens(rand.New(rand.NewPCG(1, uint64(mode))), 11, V)
		ctx := context.Background()

		st, err := e.NewState(len(tokens))
		require.NoError(t, err)
		full := make([]float32, len(tokens)*V)
		_, err = st.Forward(ctx, tokens, engine.AllLogits, full)
		require.NoError(t, err)
		got, err := Capture(ctx, e, Sequence{Tokens: tokens}, Plan{})
		require.NoError(t, err)
		require.Equal(t, full, got.Data)

		st, err = e.NewState(len(tokens))
		require.NoError(t, err)
		steps := make([]float32, len(tokens)*V)
		for i, tok := range tokens {
			_, err = st.Forward(ctx, []int32{tok}, engine.LastLogits, steps[i*V:(i+1)*V])
			require.NoError(t, err)
		}
		got, err = Capture(ctx, e, Sequence{Tokens: tokens}, Plan{UBatch: 1})
		require.NoError(t, err)
		require.Equal(t, steps, got.Data)

		// Context then rows: the rows of a separate-prefix plan are the tail of
		// the token-by-token run when everything goes one token at a time.
		got, err = Capture(ctx, e, Sequence{Tokens: tokens, From: 6}, Plan{UBatch: 1, SeparatePrefix: true, PrefixUBatch: 1})
		require.NoError(t, err)
		require.Equal(t, steps[6*V:], got.Data)
		require.Equal(t, tokens[6:], got.Tokens)
		require.Equal(t, []int32{6, 7, 8, 9, 10}, got.Poss)
	}
}

func TestEvaluateErrors(t *testing.T) {
	m := openModel(t, tinyModelPath(t))
	e := newEngine(t, m, Reference(engine.Exact))
	ctx := context.Background()
	_, err := Capture(ctx, e, Sequence{}, Plan{})
	require.Error(t, err)
	_, err = Capture(ctx, e, Sequence{Tokens: []int32{1, 2}, From: 2}, Plan{})
	require.Error(t, err)
	_, err = Capture(ctx, e, Sequence{Tokens: []int32{1, int32(e.VocabSize())}}, Plan{})
	require.Error(t, err, "token outside the vocabulary")
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = Capture(cctx, e, Sequence{Tokens: []int32{1, 2}}, Plan{})
	require.ErrorIs(t, err, context.Canceled)
	stop := errors.New("stop")
	err = Evaluate(ctx, e, Sequence{Tokens: []int32{1, 2}}, Plan{}, func(int, []float32) error { return stop })
	require.ErrorIs(t, err, stop)
}

func TestResolveSequence(t *testing.T) {
	rows := func(pos0 int32, toks ...int32) *Logits {
		l := &Logits{V: 1, Tokens: toks, Poss: make([]int32, len(toks)), Data: make([]float32, len(toks))}
		for i := range toks {
			l.Poss[i] = pos0 + int32(i)
		}
		return l
	}
	gen := rows(3, 40, 41)
	for _, tc := range []struct {
		name  string
		ref   Rows
		known []TokenAt
		want  Sequence
		err   string
	}{
		{"prefill", rows(0, 5, 6, 7), nil, Sequence{Tokens: []int32{5, 6, 7}}, ""},
		{"prefill with agreeing ids", rows(0, 5, 6), IDsAt([]int32{5, 6, 9}), Sequence{Tokens: []int32{5, 6}}, ""},
		{"prefill with other ids", rows(0, 5, 6), IDsAt([]int32{5, 7}), Sequence{}, "reference's row there fed token 6"},
		{"gen with prefix", gen, IDsAt([]int32{1, 2, 3}), Sequence{Tokens: []int32{1, 2, 3, 40, 41}, From: 3}, ""},
		{"gen with a longer prefix", gen, IDsAt([]int32{1, 2, 3, 40}), Sequence{Tokens: []int32{1, 2, 3, 40, 41}, From: 3}, ""},
		{"gen with prefix dumps", gen, append(TokensOf(rows(0, 1)), TokensOf(rows(1, 2, 3))...), Sequence{Tokens: []int32{1, 2, 3, 40, 41}, From: 3}, ""},
		{"gen without prefix", gen, nil, Sequence{}, "none is known for position 0"},
		{"gen with a hole", gen, []TokenAt{{0, 1}, {2, 3}, {5, 9}}, Sequence{}, "none is known for position 1"},
		{"gen with a short prefix", gen, IDsAt([]int32{1, 2}), Sequence{}, "none is known for position 2"},
		{"conflicting context", gen, []TokenAt{{0, 1}, {1, 2}, {2, 3}, {1, 5}}, Sequence{}, "two tokens"},
		{"negative context position", gen, []TokenAt{{-1, 1}, {0, 1}, {1, 2}, {2, 3}}, Sequence{}, "negative position"},
		{"negative context token", gen, []TokenAt{{0, -1}, {1, 2}, {2, 3}}, Sequence{}, "negative context token"},
		{"gap in rows", &Logits{V: 1, Tokens: []int32{1, 2}, Poss: []int32{0, 2}, Data: []float32{0, 0}}, nil, Sequence{}, "row 1 is at position 2 after position 0"},
		{"rows backwards", &Logits{V: 1, Tokens: []int32{1, 2}, Poss: []int32{1, 0}, Data: []float32{0, 0}}, IDsAt([]int32{1}), Sequence{}, "consecutive positions"},
		{"negative first position", rows(-2, 1), nil, Sequence{}, "negative position"},
		{"negative token", rows(0, -5), nil, Sequence{}, "negative token"},
		{"empty", rows(0), nil, Sequence{}, "no rows"},
		{"huge position", rows(1<<30, 1), nil, Sequence{}, "none is known for position 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ResolveSequence(tc.ref, tc.known)
			if tc.err != "" {
				require.Error(t, err)
				require.Contains(t, err.Error(), tc.err)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
}

// TestCheckValidation: a reference that does not fit the model or sequence
// is an error, not a comparison.
func TestCheckValidation(t *testing.T) {
	m := openModel(t, tinyModelPath(t))
	e := newEngine(t, m, Reference(engine.Exact))
	V := e.VocabSize()
	ctx := context.Background()
	seq := Sequence{Tokens: []int32{1, 2, 3}}
	good, err := Capture(ctx, e, seq, Plan{})
	require.NoError(t, err)
	rep, err := Check(ctx, e, good, seq, CheckOptions{Policy: policies[PolicyFP32]})
	require.NoError(t, err)
	require.Equal(t, Pass, rep.Verdict)
	require.Zero(t, float64(rep.Summary.WorstMaxRel))

	wrongVocab := &Logits{V: V + 1, Tokens: seq.Tokens, Poss: []int32{0, 1, 2}, Data: make([]float32, 3*(V+1))}
	_, err = Check(ctx, e, wrongVocab, seq, CheckOptions{})
	require.ErrorContains(t, err, "logits per row")
	short := &Logits{V: V, Tokens: seq.Tokens[:2], Poss: []int32{0, 1}, Data: good.Data[:2*V]}
	_, err = Check(ctx, e, short, seq, CheckOptions{})
	require.ErrorContains(t, err, "2 rows")
	other := &Logits{V: V, Tokens: []int32{1, 9, 3}, Poss: []int32{0, 1, 2}, Data: good.Data}
	_, err = Check(ctx, e, other, seq, CheckOptions{})
	require.ErrorContains(t, err, "not the sequence's token")
	big := Sequence{Tokens: []int32{1, int32(V), 3}}
	bigRef := &Logits{V: V, Tokens: big.Tokens, Poss: []int32{0, 1, 2}, Data: good.Data}
	_, err = Check(ctx, e, bigRef, big, CheckOptions{})
	require.ErrorContains(t, err, "outside the model's vocabulary")
}

// TestDumpRoundTrip: rows dumped during a check read back as the same logits,
// and checking against the dump passes with zero error.
func TestDumpRoundTrip(t *testing.T) {
	m := openModel(t, tinyModelPath(t))
	e := newEngine(t, m, Config{Backend: BackendCPU, Kernels: "ref", Threads: 2, Mode: engine.BitNetCpp})
	ctx := context.Background()
	tokens := randomTokens(rand.New(rand.NewPCG(5, 5)), 9, e.VocabSize())
	seq := Sequence{Tokens: tokens, From: 4}
	plan := Plan{UBatch: 1, SeparatePrefix: true}
	want, err := Capture(ctx, e, seq, plan)
	require.NoError(t, err)
	var buf bytes.Buffer
	w, err := NewLogitsWriter(&buf, want.V, want.Tokens, want.Poss)
	require.NoError(t, err)
	rep, err := Check(ctx, e, want, seq, CheckOptions{Plan: plan, Policy: policies[PolicyFP32], Dump: w})
	require.NoError(t, err)
	require.NoError(t, w.Close())
	require.Equal(t, Pass, rep.Verdict)
	lr, err := NewLogitsReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	require.NoError(t, err)
	got, err := lr.ReadAll()
	require.NoError(t, err)
	require.Equal(t, want, got)
}

// TestMatrix is the cross-check of every configuration this machine and build
// can run against the reference path (scalar kernels, one thread, one batch),
// in both numeric modes, on random prompts of odd lengths. Configurations
// that cannot run here (no CUDA build or GPU, a kernel set this CPU lacks)
// are listed as SKIP with the reason; every other one must be within its
// policy. The log names every configuration and the worst case.
func TestMatrix(t *testing.T) {
	m := openModel(t, tinyModelPath(t))
	ctx := context.Background()
	r := rand.New(rand.NewPCG(2026, 1))
	var seqs []Sequence
	for _, n := range []int{1, 15} {
		seqs = append(seqs, Sequence{Tokens: randomTokens(r, n, m.Config.VocabSize)})
	}
	for _, mode := range []engine.NumericMode{engine.Exact, engine.BitNetCpp} {
		t.Run(mode.String(), func(t *testing.T) {
			res, err := RunMatrix(ctx, m, Reference(mode), Matrix(mode), seqs)
			require.NoError(t, err)
			var out strings.Builder
			require.NoError(t, WriteMatrix(&out, res))
			t.Logf("%s mode, prompts of 1 and 15 tokens:\n%s", mode, out.String())
			ran := 0
			for _, x := range res {
				if x.Reports == nil {
					require.NotEmpty(t, x.Skip)
					continue
				}
				ran++
				for _, rep := range x.Reports {
					assert.NotEqualf(t, Fail, rep.Verdict, "%s vs %s: worst max rel %.3g at position %d",
						rep.Test, rep.Reference, float64(rep.Summary.WorstMaxRel), rep.Summary.WorstPos)
					if rep.Verdict == Unchecked {
						t.Logf("UNCHECKED %s vs %s: %v", rep.Test, rep.Reference, rep.Notes)
					}
				}
			}
			require.Greater(t, ran, 1)
		})
	}
}

// The CUDA configurations name why they did not run on a machine without them.
func TestCUDAUnavailableSaysWhy(t *testing.T) {
	m := openModel(t, tinyModelPath(t))
	e, err := NewEngine(context.Background(), m, Config{Backend: BackendCUDA, Mode: engine.BitNetCpp})
	if err == nil {
		e.Close()
		t.Fatal("the GPU accepted bitnetcpp mode, which is CPU-only")
	}
	var ua *UnavailableError
	require.ErrorAs(t, err, &ua)
	require.NotEmpty(t, ua.Reason.Error())
	e, err = NewEngine(context.Background(), m, Config{Backend: BackendCUDA})
	if err == nil {
		e.Close()
		t.Log("a CUDA device is present: the CUDA configurations of TestMatrix ran")
		return
	}
	require.ErrorAs(t, err, &ua)
	t.Skipf("SKIP: CUDA configurations not compared: %v", ua.Reason)
}
