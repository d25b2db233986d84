package crossval

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

// fixtureDir holds a small I2_S model made by bitnet.cpp's own quantizer and
// the logits bitnet.cpp computed with it (see its README).
var fixtureDir = filepath.Join("..", "testdata", "bitnetcpp-small")

func fixture(name string) string { return filepath.Join(fixtureDir, "small-i2_s."+name) }

// bitnetcppFixtures are the committed bitnet.cpp reference fixtures, as path
// makers, with the numeric mode that reproduces the bitnet.cpp build that
// wrote their dumps: small (8 heads over 2 kv heads, head dim 64) and gqa (the
// 2B-4T attention layout: 20 heads over 5 kv heads, head dim 128, 2560 wide),
// from bitnet.cpp's AVX-512 build, and gqa from its AVX2 build.
var bitnetcppFixtures = []struct {
	name string
	mode engine.NumericMode
	path func(string) string
}{
	{"small", engine.BitNetCpp, fixture},
	{"gqa", engine.BitNetCpp, gqaFixture("")},
	{"gqa-avx2", engine.BitNetCppAVX2, gqaFixture("avx2.")},
}

// gqaFixture makes paths in testdata/bitnetcpp-gqa: the model, and the dumps
// whose names carry build (e.g. "avx2.").
func gqaFixture(build string) func(string) string {
	return func(name string) string {
		if name != "gguf" {
			name = build + name
		}
		return filepath.Join("..", "testdata", "bitnetcpp-gqa", "gqa-i2_s."+name)
	}
}

// fixturePolicy is the bound the fixture tests hold bitnetcpp mode to: the
// named bitnetcpp policy (1e-4) leaves room for a differently built bitnet.cpp,
// but against these dumps the mode reproduces every rounding and is off only
// by the output head's sum order (measured worst 5.8e-7), so a regression
// that the named policy would hide fails here.
var fixturePolicy = Policy{Name: PolicyCustom, MaxRel: 1e-6, Basis: "bitnetcpp mode against the committed bitnet.cpp fixtures"}

// TestBitNetCppFixture checks the engine against bitnet.cpp's dumps through
// the harness, the way `bitnet crossval --ref` does: each dump's own tokens
// and positions, the gen dumps continuing the prefill dumps, with the batch
// split bitnet.cpp used. bitnetcpp mode must pass fixturePolicy (1e-6);
// exact mode, which does not round like bitnet.cpp, must fail the named
// bitnetcpp policy (1e-4) by a wide margin.
func TestBitNetCppFixture(t *testing.T) {
	for _, fx := range bitnetcppFixtures {
		t.Run(fx.name, func(t *testing.T) { testBitNetCppFixture(t, fx.mode, fx.path) })
	}
}

func testBitNetCppFixture(t *testing.T, bcMode engine.NumericMode, fixture func(string) string) {
	m := openModel(t, fixture("gguf"))
	ctx := context.Background()
	for _, tc := range []struct {
		dump, prefix string
		plan         Plan
	}{
		{"batch.prefill.bin", "", Plan{}},
		{"batch.gen.bin", "batch.prefill.bin", Plan{UBatch: 1, SeparatePrefix: true}},
		{"ub1.prefill.bin", "", Plan{UBatch: 1}},
		{"ub1.gen.bin", "ub1.prefill.bin", Plan{UBatch: 1}},
	} {
		// bitnetcpp mode with every kernel set; exact mode with the reference.
		type run struct {
			mode    engine.NumericMode
			kernels string
		}
		runs := []run{{engine.Exact, "ref"}}
		for _, k := range CPUKernelSets() {
			runs = append(runs, run{bcMode, k})
		}
		for _, rc := range runs {
			mode := rc.mode
			t.Run(tc.dump+"/"+mode.String()+"/"+rc.kernels, func(t *testing.T) {
				ref, err := OpenLogits(fixture(tc.dump))
				require.NoError(t, err)
				defer ref.Close()
				var known []TokenAt
				if tc.prefix != "" {
					p, err := OpenLogits(fixture(tc.prefix))
					require.NoError(t, err)
					known = TokensOf(p)
					p.Close()
				}
				seq, err := ResolveSequence(ref, known)
				require.NoError(t, err)
				require.Equal(t, int(ref.Pos(0)), seq.From)
				cfg := Config{Backend: BackendCPU, Kernels: rc.kernels, Threads: 2, Mode: mode}
				pol := fixturePolicy
				if mode != bcMode {
					pol = policies[PolicyBitNetCpp]
				}
				e := newEngine(t, m, cfg)
				rep, err := Check(ctx, e, ref, seq, CheckOptions{Plan: tc.plan, Policy: pol, Test: cfg.String(), Reference: tc.dump})
				require.NoError(t, err)
				t.Logf("%s %s %s: worst max rel %.3g at position %d, top-1 %d/%d, %s",
					tc.dump, mode, rc.kernels, float64(rep.Summary.WorstMaxRel), rep.Summary.WorstPos, rep.Summary.Top1Agree, rep.Summary.Rows, rep.Verdict)
				if mode == bcMode {
					require.Equal(t, Pass, rep.Verdict, textOf(t, rep))
				} else {
					require.Equal(t, Fail, rep.Verdict, textOf(t, rep))
					require.Greater(t, float64(rep.Summary.WorstMaxRel), 1e-3, "exact mode should differ from bitnet.cpp by much more than the bound")
				}
			})
		}
	}
}

// The batch split is part of the reference: feeding the batch dump's prompt
// token by token rounds differently in bitnetcpp mode. Measured and logged,
// as the size of the effect the --ubatch flag exists for.
func TestBitNetCppWrongSplit(t *testing.T) {
	m := openModel(t, fixture("gguf"))
	ref, err := OpenLogits(fixture("batch.prefill.bin"))
	require.NoError(t, err)
	defer ref.Close()
	seq, err := ResolveSequence(ref, nil)
	require.NoError(t, err)
	e := newEngine(t, m, Config{Backend: BackendCPU, Kernels: "ref", Threads: 2, Mode: engine.BitNetCpp})
	rep, err := Check(context.Background(), e, ref, seq, CheckOptions{Plan: Plan{UBatch: 1}, Policy: policies[PolicyBitNetCpp]})
	require.NoError(t, err)
	t.Logf("batch dump fed token by token: worst max rel %.3g at position %d (%s)", float64(rep.Summary.WorstMaxRel), rep.Summary.WorstPos, rep.Verdict)
}
