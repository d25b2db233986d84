package crossval

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

var update = flag.Bool("update", false, "rewrite the golden logits in testdata/crossval (make golden)")

// goldenDir holds the committed golden logits.
var goldenDir = filepath.Join("..", "testdata", "crossval")

// goldenCases are the reference path's logits on the tiny preset (synth seed
// tinySeed, I2_S) for a fixed prompt, in each numeric mode and, for
// bitnetcpp, in both batch splits it rounds differently.
var goldenCases = []struct {
	file string
	mode engine.NumericMode
	plan Plan
}{
	{"tiny-exact.bnlg", engine.Exact, Plan{}},
	{"tiny-bitnetcpp-batch.bnlg", engine.BitNetCpp, Plan{}},
	{"tiny-bitnetcpp-ub1.bnlg", engine.BitNetCpp, Plan{UBatch: 1}},
}

// goldenPrompt is the fixed prompt: a BOS-like id and 13 seeded random ids.
func goldenPrompt(vocab int) []int32 {
	r := rand.New(rand.NewPCG(tinySeed, 7))
	p := []int32{int32(vocab - 16)} // the tiny preset's first special token
	for len(p) < 14 {
		p = append(p, int32(r.IntN(vocab-16)))
	}
	return p
}

// TestGolden compares the reference path with the committed golden logits
// under the fp32 policy, so any change to the model math, the synthetic model
// or the reference kernels shows up. `make golden` (go test ./crossval -run
// TestGolden -update) prints the difference and rewrites them.
func TestGolden(t *testing.T) {
	m := openModel(t, tinyModelPath(t))
	ctx := context.Background()
	for _, gc := range goldenCases {
		t.Run(gc.file, func(t *testing.T) {
			e := newEngine(t, m, Reference(gc.mode))
			seq := Sequence{Tokens: goldenPrompt(e.VocabSize())}
			got, err := Capture(ctx, e, seq, gc.plan)
			require.NoError(t, err)
			path := filepath.Join(goldenDir, gc.file)
			want, err := ReadLogitsFile(path)
			if errors.Is(err, fs.ErrNotExist) && *update {
				want = nil
			} else {
				require.NoError(t, err, "golden file missing or unreadable: run `make golden`")
			}
			name := fmt.Sprintf("%s %s", Reference(gc.mode), gc.plan)
			if want != nil {
				rep, err := Check(ctx, e, want, seq, CheckOptions{Plan: gc.plan, Policy: policies[PolicyFP32], Test: name, Reference: path})
				require.NoError(t, err)
				if *update {
					// Printed, not logged: `make golden` runs without -v.
					fmt.Printf("golden %s: worst max relative error vs the committed file %.3g at position %d, max abs %.3g, top-1 %d/%d (%s)\n",
						gc.file, float64(rep.Summary.WorstMaxRel), rep.Summary.WorstPos, float64(rep.Summary.MaxAbs),
						rep.Summary.Top1Agree, rep.Summary.Rows, rep.Verdict)
				} else {
					t.Logf("%s: worst max relative error %.3g", gc.file, float64(rep.Summary.WorstMaxRel))
					require.Equal(t, Pass, rep.Verdict, "the reference path moved away from %s; if intended, run `make golden`:\n%s", path, textOf(t, rep))
				}
			} else {
				fmt.Printf("golden %s: no committed file yet\n", gc.file)
			}
			if *update {
				require.NoError(t, os.MkdirAll(goldenDir, 0o755))
				require.NoError(t, WriteLogitsFile(path, got))
				fmt.Printf("golden %s: wrote %d rows of %d logits\n", gc.file, got.Len(), got.V)
			}
		})
	}
}

func textOf(t *testing.T, r *Report) string {
	var b strings.Builder
	require.NoError(t, r.WriteText(&b, true))
	return b.String()
}
