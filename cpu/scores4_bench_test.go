package cpu

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/gguf"
	"github.com/bitnet-go/bitnet-go/internal/engine"
	"github.com/bitnet-go/bitnet-go/internal/model"
	"github.com/bitnet-go/bitnet-go/synth"
)

// BenchmarkScores: attention scores of four queries over 256 key rows of
// 128 values (one KV group of the 2B shapes), one query at a time (scores)
// against four at a time (scores4), in GMAC/s.
func BenchmarkScores(b *testing.B) {
	const hd, npos, stride = 128, 256, 640
	r := rand.New(rand.NewPCG(1, 1))
	K := make([]float32, npos*stride)
	for i := range K {
		K[i] = float32(r.NormFloat64())
	}
	qt := make([]float64, 4*hd)
	for i := range qt {
		qt[i] = float64(float32(r.NormFloat64()))
	}
	out := make([]float64, 4*npos)
	kb := make([]float64, 24*hd)
	q := make([]float64, hd)
	for _, c := range fastKernelSets() {
		if c.skip != "" {
			continue
		}
		k := c.k
		// The VNNI set scores one query at a time with avx2's kernel; its
		// four-query kernel is its own.
		b.Run(c.name+"/one", func(b *testing.B) {
			if c.name == KernelsAVX512VNNI {
				b.Skip("SKIP: the avx2 kernel")
			}
			for b.Loop() {
				for l := 0; l < 4; l++ {
					k.fl.scores(q, K, stride, out[:npos])
				}
			}
			b.ReportMetric(float64(b.N)*4*hd*npos/b.Elapsed().Seconds()/1e9, "GMAC/s")
		})
		if k.fl.scores4 == nil {
			continue
		}
		b.Run(c.name+"/four", func(b *testing.B) {
			for b.Loop() {
				k.fl.scores4(qt, K, stride, out, kb)
			}
			b.ReportMetric(float64(b.N)*4*hd*npos/b.Elapsed().Seconds()/1e9, "GMAC/s")
		})
	}
}

// BenchmarkWsum: the weighted sum of 256 value rows of 128 values (one head
// of the 2B shapes at 256 positions; "four": a KV group's four heads at
// once), in GMAC/s.
func BenchmarkWsum(b *testing.B) {
	const hd, npos, stride = 128, 256, 640
	r := rand.New(rand.NewPCG(1, 2))
	V := make([]float32, npos*stride)
	for i := range V {
		V[i] = float32(r.NormFloat64())
	}
	w := make([]float64, npos)
	for i := range w {
		w[i] = r.Float64() / npos
	}
	acc := make([]float64, hd)
	for _, c := range fastKernelSets() {
		if c.skip != "" {
			continue
		}
		k := c.k
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				k.fl.wsum(w, V, stride, acc)
			}
			b.ReportMetric(float64(b.N)*hd*npos/b.Elapsed().Seconds()/1e9, "GMAC/s")
		})
		if k.fl.wsum4 == nil {
			continue
		}
		// A KV group's four heads at once (same MACs per head).
		w4 := make([]float64, 4*npos)
		for i := range w4 {
			w4[i] = w[i/4]
		}
		acc4 := make([]float64, 4*hd)
		b.Run(c.name+"/four", func(b *testing.B) {
			for b.Loop() {
				k.fl.wsum4(w4, V, stride, acc4)
			}
			b.ReportMetric(float64(b.N)*4*hd*npos/b.Elapsed().Seconds()/1e9, "GMAC/s")
		})
	}
}

// BenchmarkAttentionCold: scores4 and the weighted sums (one head at a time,
// and wsum4 where the set has it) over one KV head's 256 cached positions of
// 128 values, each call on another block of 256 MiB of rows, so the rows come
// from DRAM as in a decode step (the weights streamed between two layers
// evict the cache). "contiguous": the rows back to back, as the KV cache
// keeps a head's rows; "strided": hd values out of every 640, as a cache
// laid out position by position would hold them at the 2B shapes. GMAC/s as
// above.
func BenchmarkAttentionCold(b *testing.B) {
	const hd, npos = 128, 256
	r := rand.New(rand.NewPCG(1, 3))
	data := make([]float32, 256<<20/4)
	for i := range data {
		data[i] = float32(r.NormFloat64())
	}
	qt := make([]float64, 4*hd)
	out := make([]float64, 4*npos)
	kb := make([]float64, 24*hd)
	w4 := make([]float64, 4*npos)
	for i := range w4 {
		w4[i] = r.Float64() / npos
	}
	acc := make([]float64, 4*hd)
	for _, c := range fastKernelSets() {
		if c.skip != "" || c.k.fl.scores4 == nil {
			continue
		}
		k := c.k
		for _, layout := range []struct {
			name   string
			stride int
		}{{"contiguous", hd}, {"strided", 5 * hd}} {
			stride, nblk := layout.stride, len(data)/(npos*layout.stride)
			block := func(i int) []float32 { return data[i%nblk*npos*stride:] }
			run := func(name string, f func(rows []float32)) {
				b.Run(c.name+"/"+layout.name+"/"+name, func(b *testing.B) {
					i := 0
					for b.Loop() {
						f(block(i))
						i++
					}
					b.ReportMetric(float64(b.N)*4*hd*npos/b.Elapsed().Seconds()/1e9, "GMAC/s")
				})
			}
			run("scores4", func(rows []float32) { k.fl.scores4(qt, rows, stride, out, kb) })
			run("wsum/one", func(rows []float32) {
				for l := 0; l < 4; l++ {
					k.fl.wsum(w4[:npos], rows, stride, acc[l*hd:(l+1)*hd])
				}
			})
			if k.fl.wsum4 != nil {
				run("wsum/four", func(rows []float32) { k.fl.wsum4(w4, rows, stride, acc) })
			}
		}
	}
}

// BenchmarkAttentionGroups: a 1,024-token prompt through a 2-layer model
// whose attention dominates (12 heads of 128, FFN 512) with KV groups of 3
// and 4 heads, on 2 threads, with the group's heads scored together
// ("quads", where quadWidth allows) and one at a time ("heads").
func BenchmarkAttentionGroups(b *testing.B) {
	for _, g := range []int{3, 4} {
		cfg, err := synth.Preset("small")
		require.NoError(b, err)
		cfg.Layers, cfg.Hidden, cfg.FFN, cfg.Heads, cfg.KVHeads, cfg.ContextLength = 2, 12*128, 512, 12, 12/g, 2048
		path := filepath.Join(b.TempDir(), "m.gguf")
		require.NoError(b, synth.Write(context.Background(), path, cfg, synth.Options{Seed: 5, WeightType: gguf.TypeI2_S}))
		f, err := gguf.Open(path, gguf.WithLoadMode(gguf.LoadRAM))
		require.NoError(b, err)
		m, err := model.FromGGUF(f, model.Options{})
		require.NoError(b, err)
		for _, quads := range []bool{false, true} {
			name := fmt.Sprintf("group%d/heads", g)
			if quads {
				name = fmt.Sprintf("group%d/quads", g)
			}
			b.Run(name, func(b *testing.B) {
				e := newEngine(b, m, Options{Threads: 2})
				if !quads {
					e.k.fl.scores4 = nil
				}
				prompt := randomTokens(rand.New(rand.NewPCG(1, 2)), 1024, e.VocabSize())
				st, err := e.NewState(len(prompt))
				require.NoError(b, err)
				out := make([]float32, e.VocabSize())
				for i := 0; i < b.N; i++ {
					require.NoError(b, st.Truncate(0))
					_, err := st.Forward(context.Background(), prompt, engine.LastLogits, out)
					require.NoError(b, err)
				}
				b.ReportMetric(float64(len(prompt)*b.N)/b.Elapsed().Seconds(), "tok/s")
			})
		}
		require.NoError(b, f.Close())
	}
}
