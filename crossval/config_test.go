package crossval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/bitnet-go/bitnet-go/internal/engine"
)

func TestParseConfig(t *testing.T) {
	base := Config{Backend: BackendCPU, Kernels: "auto", Threads: 2, Mode: engine.Exact}
	for _, tc := range []struct {
		spec string
		want Config
	}{
		{"cpu", base},
		{"cpu,kernels=ref,threads=1", Config{Backend: BackendCPU, Kernels: "ref", Threads: 1}},
		{"cpu, t=3 ,ubatch=7,mode=bitnetcpp", Config{Backend: BackendCPU, Kernels: "auto", Threads: 3, Mode: engine.BitNetCpp, UBatch: 7}},
		{"cpu,ubatch=all", base},
		{"cpu,kv=F16", Config{Backend: BackendCPU, Kernels: "auto", Threads: 2, KVCache: "f16"}},
		{"cpu,precision=fp32", Config{Backend: BackendCPU, Kernels: "auto", Threads: 2, Precision: "fp32"}},
		{"cuda", Config{Backend: BackendCUDA, Kernels: "auto", Threads: 2}},
		{"cuda:1,precision=bf16,ub=1", Config{Backend: BackendCUDA, Device: 1, Kernels: "auto", Threads: 2, Precision: "bf16", UBatch: 1}},
	} {
		got, err := ParseConfig(tc.spec, base)
		require.NoError(t, err, tc.spec)
		assert.Equal(t, tc.want, got, tc.spec)
	}
	for _, bad := range []string{"", "gpu", "cuda:x", "cuda:-1", "cpu,threads", "cpu,threads=-2", "cpu,mode=fast",
		"cpu,precision=fp8", "cpu,precision=fp16", "cpu,ubatch=-3", "cpu,color=red", "cpu,kv=q4"} {
		_, err := ParseConfig(bad, base)
		assert.Error(t, err, bad)
	}
}

func TestConfigString(t *testing.T) {
	assert.Equal(t, "cpu kernels=ref threads=1 mode=exact ubatch=all", Reference(engine.Exact).String())
	assert.Equal(t, "cpu kernels=auto threads=default mode=bitnetcpp ubatch=7",
		Config{Backend: BackendCPU, Mode: engine.BitNetCpp, UBatch: 7}.String())
	assert.Equal(t, "cuda:0 precision=fp16 mode=exact ubatch=1", Config{Backend: BackendCUDA, UBatch: 1}.String())
	assert.Equal(t, "cpu kernels=auto threads=2 kv=f16 mode=exact ubatch=all", Config{Backend: BackendCPU, Threads: 2, KVCache: "f16"}.String())
	assert.Equal(t, "cuda:2 precision=fp16 mode=exact ubatch=all", Config{Backend: BackendCUDA, Device: 2, Precision: "fp16"}.String())
}

func TestPlanSpans(t *testing.T) {
	for _, tc := range []struct {
		plan     Plan
		from, n  int
		want     []span
		patterns string // per position, as digits
	}{
		{Plan{}, 0, 5, []span{{0, 5}}, "00000"},
		{Plan{UBatch: 1}, 0, 3, []span{{0, 1}, {1, 2}, {2, 3}}, "333"},
		{Plan{UBatch: 2}, 0, 5, []span{{0, 2}, {2, 4}, {4, 5}}, "00003"},
		{Plan{UBatch: 7}, 0, 5, []span{{0, 5}}, "00000"},
		// Joined: the context and the rows share calls.
		{Plan{UBatch: 4}, 3, 6, []span{{0, 4}, {4, 6}}, "000200"},
		{Plan{}, 5, 6, []span{{0, 6}}, "000002"},
		// Separate: a prefill then generated tokens one by one.
		{Plan{UBatch: 1, SeparatePrefix: true}, 3, 5, []span{{0, 3}, {3, 4}, {4, 5}}, "00033"},
		{Plan{UBatch: 0, SeparatePrefix: true, PrefixUBatch: 2}, 3, 5, []span{{0, 2}, {2, 3}, {3, 5}}, "00100"},
	} {
		assert.Equal(t, tc.want, tc.plan.spans(tc.from, tc.n), "%+v", tc.plan)
		p := tc.plan.pattern(tc.from, tc.n)
		s := make([]byte, len(p))
		for i, b := range p {
			s[i] = '0' + b
		}
		assert.Equal(t, tc.patterns, string(s), "%+v", tc.plan)
	}
	assert.Contains(t, Plan{UBatch: 1, SeparatePrefix: true}.String(), "context in calls of all tokens, then the rows in calls of 1")
	assert.Contains(t, Plan{UBatch: 3}.String(), "calls of 3 tokens from position 0")
}

func TestAutoPolicy(t *testing.T) {
	ex := Reference(engine.Exact)
	bc := Reference(engine.BitNetCpp)
	with := func(c Config, f func(*Config)) Config { f(&c); return c }
	for _, tc := range []struct {
		test, ref Config
		want      string
	}{
		{with(ex, func(c *Config) { c.Kernels, c.Threads, c.UBatch = "auto", 3, 1 }), ex, PolicyFP32},
		{with(ex, func(c *Config) { c.Backend = BackendCUDA }), ex, PolicyFP16}, // fp16 is the CUDA default
		{with(ex, func(c *Config) { c.Backend, c.Precision = BackendCUDA, "fp32" }), ex, PolicyFP32},
		{with(ex, func(c *Config) { c.Backend, c.Precision = BackendCUDA, "fp16" }), ex, PolicyFP16},
		{ex, with(ex, func(c *Config) { c.Backend, c.Precision = BackendCUDA, "bf16" }), PolicyBF16},
		{bc, ex, PolicyNone},
		{with(bc, func(c *Config) { c.Threads = 2 }), bc, PolicyFP32},
		{with(bc, func(c *Config) { c.UBatch = 1 }), bc, PolicyNone},
		{with(bc, func(c *Config) { c.UBatch = 7 }), bc, PolicyFP32}, // 5 tokens: one call either way
		{with(bc, func(c *Config) { c.UBatch = 2 }), bc, PolicyNone}, // the fifth token is alone
	} {
		p, why := AutoPolicy(tc.test, tc.ref, 0, 5)
		assert.Equal(t, tc.want, p.Name, "%s vs %s", tc.test, tc.ref)
		assert.Equal(t, p.Name == PolicyNone, why != "", why)
	}
}

func TestMatrixListsEveryKernelSet(t *testing.T) {
	for _, mode := range []engine.NumericMode{engine.Exact, engine.BitNetCpp} {
		m := Matrix(mode)
		require.Equal(t, Reference(mode), m[0])
		seen := map[string]bool{}
		for _, c := range m {
			assert.Equal(t, mode, c.Mode)
			if c.Backend == BackendCPU {
				seen[c.Kernels] = true
			}
		}
		for _, k := range CPUKernelSets() {
			assert.True(t, seen[k], k)
		}
	}
}
