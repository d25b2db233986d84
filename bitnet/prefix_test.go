package bitnet_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/bitnet"
)

// TestReusablePrefixMatchesNewSession: a fork of a cached session, cut to
// ReusablePrefix(ids) and fed the rest of ids, gives the logits and the
// greedy continuation of a new session fed ids, bit for bit. The donors
// hold a prompt, a prompt and its generation, and a prompt fed with a
// one-token call in the middle; the requests end at every remainder of the
// batch size. In bitnetcpp mode (one-token calls round differently) the
// plain common prefix must give other logits for some requests: the test
// would notice a ReusablePrefix that did not shorten it.
func TestReusablePrefixMatchesNewSession(t *testing.T) {
	for _, mode := range []struct {
		name      string
		opts      []bitnet.Option
		sensitive bool
	}{
		{"exact", nil, false},
		{"exact unbatched", []bitnet.Option{bitnet.WithBatching(false)}, false},
		{"bitnetcpp", []bitnet.Option{bitnet.WithNumericMode(bitnet.BitNetCpp)}, true},
		{"bitnetcpp unbatched", []bitnet.Option{bitnet.WithNumericMode(bitnet.BitNetCpp), bitnet.WithBatching(false)}, true},
	} {
		t.Run(mode.name, func(t *testing.T) {
			const ub = 4
			m := loadTiny(t, append([]bitnet.Option{bitnet.WithBatchSize(ub)}, mode.opts...)...)
			testReusablePrefix(t, m, ub, mode.sensitive)
		})
	}
}

func testReusablePrefix(t *testing.T, m *bitnet.Model, ub int, sensitive bool) {
	ctx := context.Background()
	vocab := m.Info().Config.VocabSize
	r := rand.New(rand.NewPCG(5, 5))
	toks := func(n int) []int32 {
		out := make([]int32, n)
		for i := range out {
			out[i] = int32(1 + r.IntN(vocab-1))
		}
		return out
	}
	greedy := bitnet.GenerateOptions{MaxTokens: 3, IgnoreEOS: true}
	prompt := toks(13)

	type donor struct {
		name string
		s    *bitnet.Session
	}
	newSession := func() *bitnet.Session {
		s, err := m.NewSession()
		require.NoError(t, err)
		t.Cleanup(func() { s.Close() })
		return s
	}
	var donors []donor
	d := newSession()
	require.NoError(t, d.Append(ctx, prompt))
	donors = append(donors, donor{"prompt", d})
	d = newSession()
	_, err := d.Generate(ctx, prompt, bitnet.GenerateOptions{MaxTokens: 5, IgnoreEOS: true}, nil)
	require.NoError(t, err)
	donors = append(donors, donor{"prompt and generation", d})
	d = newSession()
	for _, part := range [][]int32{prompt[:6], prompt[6:7], prompt[7:]} {
		require.NoError(t, d.Append(ctx, part))
	}
	donors = append(donors, donor{"one-token call inside", d})

	// run feeds rest to s (a fork cut to n tokens, or a new session) and
	// returns the logits and a greedy continuation.
	run := func(s *bitnet.Session, rest []int32) ([]float32, []int32) {
		require.NoError(t, s.Append(ctx, rest))
		logits := slices.Clone(s.Logits())
		res, err := s.Generate(ctx, nil, greedy, nil)
		require.NoError(t, err)
		return logits, res.Tokens
	}
	naiveDiffer := 0
	for _, dn := range donors {
		held := dn.s.Tokens()
		for _, keep := range []int{3, 9, len(prompt) - 1, len(prompt), len(held)} {
			for extra := 0; extra < ub+1; extra++ {
				ids := append(slices.Clone(held[:min(keep, len(held))]), toks(extra)...)
				if len(ids) < 2 {
					continue
				}
				name := fmt.Sprintf("%s/keep %d/len %d", dn.name, keep, len(ids))
				wantLogits, wantToks := run(newSession(), ids)

				cached := dn.s.CachedTokens()
				common := 0
				for common < len(ids)-1 && common < len(cached) && cached[common] == ids[common] {
					common++
				}
				n := dn.s.ReusablePrefix(ids)
				require.LessOrEqual(t, n, common, name)
				if !sensitive {
					require.Equal(t, common, n, name)
				}
				f, err := dn.s.Fork()
				require.NoError(t, err)
				require.NoError(t, f.Truncate(n))
				gotLogits, gotToks := run(f, ids[n:])
				f.Close()
				require.Equal(t, wantLogits, gotLogits, "%s: reused %d tokens", name, n)
				require.Equal(t, wantToks, gotToks, "%s: reused %d tokens", name, n)

				if n != common {
					f, err := dn.s.Fork()
					require.NoError(t, err)
					require.NoError(t, f.Truncate(common))
					naiveLogits, _ := run(f, ids[common:])
					f.Close()
					if !slices.Equal(naiveLogits, wantLogits) {
						naiveDiffer++
					}
				}
			}
		}
	}
	t.Logf("the whole common prefix would have given other logits for %d requests", naiveDiffer)
	if sensitive {
		require.Positive(t, naiveDiffer, "no request needed a shorter prefix: the test does not exercise ReusablePrefix")
	}
}
