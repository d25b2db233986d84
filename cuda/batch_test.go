//go:build cuda

package cuda

import (
	"context"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// batchCase is one step of a ForwardBatch round: which sequence, how many of
// its next tokens and which logits.
type batchCase struct {
	seq  int
	n    int
	want engine.Logits
}

// TestForwardBatch advances four sequences of different lengths in two
// shared passes (prefill chunks and decode rows mixed, one step rejected in
// the first) and compares every step's logits with those of a separate state
// fed the same tokens by State.Forward: they must be the same bits (the
// batch runs the same kernels per row; docs/CUDA.md, "Batched decode").
func TestForwardBatch(t *testing.T) {
	requireDevice(t)
	for _, prec := range []string{"fp32", "fp16"} {
		t.Run(prec, func(t *testing.T) { testForwardBatch(t, prec) })
	}
}

func testForwardBatch(t *testing.T, prec string) {
	m := buildModel(t, testModels()[0], 21)
	gpu := gpuEngine(t, m, prec)
	vocab := gpu.VocabSize()
	ctx := context.Background()
	r := rand.New(rand.NewPCG(21, 22))
	const nseq = 4
	// Capacities with different decode split counts (13, 8, 13 and 5), so
	// the one attention launch for all decode rows covers rows with fewer
	// splits than its grid.
	require.Equal(t, []int{13, 8, 5}, []int{decodeSplits(200), decodeSplits(40), decodeSplits(5)})
	toks := make([][]int32, nseq)
	for i := range toks {
		toks[i] = make([]int32, 4)
		for j := range toks[i] {
			toks[i][j] = int32(r.IntN(vocab))
		}
	}
	rounds := [][]batchCase{
		// 3 + 2 + 1 rows; sequence 3's step is rejected (bad token).
		{{0, 3, engine.AllLogits}, {1, 2, engine.LastLogits}, {2, 1, engine.LastLogits}},
		// 1 + 1 + 2 + 1 rows: decode rows, a chunk, the rejected sequence's first token.
		{{0, 1, engine.LastLogits}, {1, 1, engine.AllLogits}, {2, 2, engine.AllLogits}, {3, 1, engine.LastLogits}},
	}
	rows := func(c batchCase) int {
		switch c.want {
		case engine.AllLogits:
			return c.n
		case engine.LastLogits:
			return 1
		}
		return 0
	}

	// The reference: one state per sequence, fed step by step with Forward.
	ref := make([]engine.State, nseq)
	bat := make([]engine.State, nseq)
	for i := range ref {
		var err error
		capTokens := []int{200, 40, 200, 5}[i]
		ref[i], err = gpu.NewState(capTokens)
		require.NoError(t, err)
		defer ref[i].Close()
		bat[i], err = gpu.NewState(capTokens)
		require.NoError(t, err)
		defer bat[i].Close()
	}
	small, err := gpu.NewState(2)
	require.NoError(t, err)
	defer small.Close()
	done := make([]int, nseq) // tokens fed per sequence
	for ri, round := range rounds {
		var want [][]float32
		for _, c := range round {
			w := make([]float32, rows(c)*vocab)
			n, err := ref[c.seq].Forward(ctx, toks[c.seq][done[c.seq]:done[c.seq]+c.n], c.want, w)
			require.NoError(t, err)
			require.Equal(t, rows(c), n)
			want = append(want, w)
		}
		steps := make([]engine.Step, 0, len(round)+3)
		for _, c := range round {
			steps = append(steps, engine.Step{
				State: bat[c.seq], Tokens: toks[c.seq][done[c.seq] : done[c.seq]+c.n], Want: c.want,
				Dst: make([]float32, rows(c)*vocab),
			})
		}
		nOK := len(steps)
		if ri == 0 {
			steps = append(steps,
				engine.Step{State: bat[3], Tokens: []int32{1, int32(vocab)}, Want: engine.LastLogits, Dst: make([]float32, vocab)},
				engine.Step{State: small, Tokens: []int32{1, 2, 3}, Want: engine.NoLogits},
				engine.Step{State: bat[0], Tokens: []int32{1}, Want: engine.LastLogits, Dst: make([]float32, vocab)},
			)
		}
		require.NoError(t, engine.ForwardBatch(ctx, gpu, steps))
		for i, c := range round {
			st := steps[i]
			require.NoError(t, st.Err, "round %d step %d", ri, i)
			assert.Equal(t, rows(c), st.Rows, "round %d step %d rows", ri, i)
			assert.Equal(t, want[i], st.Dst, "round %d step %d (sequence %d, %d tokens): logits differ from State.Forward", ri, i, c.seq, c.n)
			done[c.seq] += c.n
		}
		if ri == 0 {
			require.Error(t, steps[nOK].Err, "bad token")
			require.ErrorIs(t, steps[nOK+1].Err, engine.ErrContextFull)
			require.Error(t, steps[nOK+2].Err, "state given twice")
			for _, st := range steps[nOK:] {
				assert.Zero(t, st.Rows)
			}
			assert.Zero(t, bat[3].Len(), "a rejected step moved its state")
			assert.Zero(t, small.Len(), "a rejected step moved its state")
		}
		for i := range bat {
			assert.Equal(t, ref[i].Len(), bat[i].Len(), "round %d sequence %d length", ri, i)
		}
	}

	// A cancelled batch runs nothing and leaves the states as they were.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	steps := []engine.Step{{State: bat[0], Tokens: toks[0][:1], Want: engine.NoLogits}}
	require.ErrorIs(t, engine.ForwardBatch(cctx, gpu, steps), context.Canceled)
	assert.Equal(t, ref[0].Len(), bat[0].Len())
}

// TestForwardBatchSample: decode rows sampled on the device inside a shared
// pass (Step.Sample: greedy, and a top-k/top-p draw with a given variate),
// beside a row whose logits go to the host, give each state what its own
// ForwardSample of the same token gives: the same SampleResult (id, Drew,
// Host, first non-finite logit), and afterwards the same logits, bit for
// bit, from LastLogits (which a host fallback reads). A malformed sampled
// step is rejected and leaves its state unchanged.
func TestForwardBatchSample(t *testing.T) {
	requireDevice(t)
	// fp16 on the simulator too: 31 s there (2026-12-03).
	for _, prec := range []string{"fp32", "fp16"} {
		t.Run(prec, func(t *testing.T) {
			// Sequence 1's parameters change per round. The random model's
			// best token holds over 99% of the mass at temperature 1, where
			// top-p is applied, so top-p 0.95 keeps it alone; round 0 turns
			// top-p off and flattens the top 40 with temperature 1,000, so
			// that the draw leaves the arg max.
			testForwardBatchSample(t, prec, testModels()[0], 2, func(round int) [2]engine.SampleParams {
				if round == 0 {
					return [2]engine.SampleParams{{}, {Temperature: 1000, TopK: 40, U: 0.93}}
				}
				return [2]engine.SampleParams{{}, {Temperature: 2, TopK: 40, TopP: 0.95, U: 0.63}}
			})
		})
	}
	// The host fallback: a top-k of 2,080 of 2,100 tokens is more than the
	// 2,048 entries the device sorts, so the device answers Host in the
	// pass as in ForwardSample, and the logits the host would then sample
	// must be there.
	t.Run("host-fallback", func(t *testing.T) {
		tm := testModels()[0]
		tm.cfg.VocabSize = 2100
		testForwardBatchSample(t, "fp32", tm, 1, func(int) [2]engine.SampleParams {
			return [2]engine.SampleParams{{}, {Temperature: 1, TopK: 2080, U: 0.5}}
		})
	})
}

// testForwardBatchSample runs rounds of three decode rows in one pass:
// sequence 0 and 1 sampled on the device with params(round), sequence 2
// with its logits to the host. A draw with top-k above 2,048 must answer
// Host, any other must not; the draw of sequence 1 must use its variate
// whenever it is not left to the host.
func testForwardBatchSample(t *testing.T, prec string, tm testModel, rounds int, params func(round int) [2]engine.SampleParams) {
	m := buildModel(t, tm, 23)
	gpu := gpuEngine(t, m, prec)
	vocab := gpu.VocabSize()
	ctx := context.Background()
	const nseq, capTokens = 3, 8
	newState := func() *State {
		st, err := gpu.NewState(capTokens)
		require.NoError(t, err)
		t.Cleanup(func() { st.Close() })
		return st.(*State)
	}
	ref := make([]*State, nseq)
	bat := make([]*State, nseq)
	for i := range ref {
		ref[i], bat[i] = newState(), newState()
	}
	next := []int32{5, 17, 33}
	drew, wantDrew, offMax := 0, 0, 0
	for round := 0; round < rounds; round++ {
		p := params(round)
		var want [2]engine.SampleResult
		for i := range want {
			var err error
			want[i], err = ref[i].ForwardSample(ctx, next[i], p[i])
			require.NoError(t, err)
		}
		wantLogits := make([]float32, vocab)
		_, err := ref[2].Forward(ctx, next[2:3], engine.LastLogits, wantLogits)
		require.NoError(t, err)

		steps := []engine.Step{
			{State: bat[0], Tokens: next[0:1], Want: engine.LastLogits, Sample: &p[0]},
			{State: bat[1], Tokens: next[1:2], Want: engine.LastLogits, Sample: &p[1]},
			{State: bat[2], Tokens: next[2:3], Want: engine.LastLogits, Dst: make([]float32, vocab)},
		}
		if round == 0 {
			// Rejected before anything runs: a sampled step must be one token.
			extra := newState()
			steps = append(steps, engine.Step{State: extra, Tokens: []int32{1, 2}, Want: engine.LastLogits, Sample: &p[0]})
			defer func() { assert.Zero(t, extra.Len(), "a rejected sampled step moved its state") }()
		}
		require.NoError(t, engine.ForwardBatch(ctx, gpu, steps))
		for i := range want {
			st := steps[i]
			require.NoError(t, st.Err, "round %d step %d", round, i)
			assert.Zero(t, st.Rows, "round %d step %d: a sampled step writes no logit rows", round, i)
			assert.Equal(t, want[i], st.Sampled, "round %d sequence %d: batched device draw differs from ForwardSample", round, i)
			host := p[i].TopK > 2048
			require.Equal(t, host, st.Sampled.Host, "round %d sequence %d: Host (top-k %d)", round, i, p[i].TopK)
			assert.Equal(t, -1, st.Sampled.BadIndex, "round %d sequence %d: a non-finite logit", round, i)
			g, w := make([]float32, vocab), make([]float32, vocab)
			require.NoError(t, bat[i].LastLogits(g))
			require.NoError(t, ref[i].LastLogits(w))
			assert.Equal(t, w, g, "round %d sequence %d: LastLogits after the batched draw", round, i)
			if i == 0 {
				assert.Equal(t, int32(argmax(w)), st.Sampled.ID, "round %d: greedy is the arg max", round)
			}
			if st.Sampled.Drew {
				drew++
			}
			next[i] = st.Sampled.ID
			if host {
				next[i] = int32(argmax(w)) // what the host chose does not matter here
			} else if i == 1 {
				wantDrew++
				if st.Sampled.ID != int32(argmax(w)) {
					offMax++
				}
			}
		}
		require.NoError(t, steps[2].Err)
		assert.Equal(t, 1, steps[2].Rows)
		assert.Equal(t, wantLogits, steps[2].Dst, "round %d: the host row beside the sampled ones", round)
		next[2] = int32(argmax(wantLogits))
		if round == 0 {
			require.Error(t, steps[3].Err)
		}
		for i := range bat {
			assert.Equal(t, ref[i].Len(), bat[i].Len(), "round %d sequence %d length", round, i)
		}
		t.Logf("%s vocab %d round %d: greedy %+v, drawn %+v", prec, vocab, round, steps[0].Sampled, steps[1].Sampled)
	}
	assert.Equal(t, wantDrew, drew, "every draw not left to the host should use its variate")
	if wantDrew > 0 {
		// Else an id that greedy would give too cannot tell the draw from greedy.
		assert.Positive(t, offMax, "no draw chose another token than the arg max")
	}
}
