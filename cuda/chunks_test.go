//go:build cuda

package cuda

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// TestChunkBoundaries: a prompt fed in two forward calls of at least two
// tokens each gives the logits of one call, bit for bit, in every
// precision. The engine is not chunk invariant (a one-token call runs the
// decode kernels, which sum in another order), and the scheduler and the
// prefix cache (bitnet.Session.ReusablePrefix) rely on this: only
// one-token calls may differ. One-token splits are logged, not asserted.
func TestChunkBoundaries(t *testing.T) {
	requireDevice(t)
	const n = 9
	// On the simulator one split: the last two tokens in a call of their
	// own, as the rest of a prompt after a cached prefix can be.
	splits := simOr([]int{1, 2, 3, 4, 5, 6, 7, 8}, []int{7})
	precisions := simOr([]string{"fp32", "fp16", "bf16"}, []string{"fp16"})
	for mi, tm := range simOr(testModels(), testModels()[:1]) {
		m := buildModel(t, tm, uint64(40+mi))
		for _, prec := range precisions {
			t.Run(fmt.Sprintf("%s/%s", tm.name, prec), func(t *testing.T) {
				gpu := gpuEngine(t, m, prec)
				vocab := gpu.VocabSize()
				r := rand.New(rand.NewPCG(uint64(mi), 3))
				prompt := make([]int32, n)
				for i := range prompt {
					prompt[i] = int32(r.IntN(vocab))
				}
				feed := func(parts ...[]int32) []float32 {
					s, err := gpu.NewState(n)
					require.NoError(t, err)
					defer s.Close()
					out := make([]float32, vocab)
					for i, p := range parts {
						want := engine.NoLogits
						if i == len(parts)-1 {
							want = engine.LastLogits
						}
						_, err := s.Forward(context.Background(), p, want, out)
						require.NoError(t, err)
					}
					return out
				}
				whole := feed(prompt)
				for _, k := range splits {
					got := feed(prompt[:k], prompt[k:])
					if k >= 2 && n-k >= 2 {
						require.Equal(t, whole, got, "split after %d of %d tokens", k, n)
					} else if !slices.Equal(whole, got) {
						t.Logf("split after %d of %d tokens: a one-token call, logits differ (allowed)", k, n)
					}
				}
			})
		}
	}
}
