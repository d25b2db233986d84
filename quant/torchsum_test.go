package quant

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// torchSumInputs, when set, makes TestTorchSumGolden write its inputs there
// (NAME.f32, raw little-endian float32, and cases.txt) for
// scripts/bitnetcpp-pipeline/torchsum_golden.py, which computes the golden
// values with torch.
var torchSumInputs = flag.String("torchsum-inputs", "", "write TestTorchSumGolden's inputs to this folder and stop")

// torchSumCase is one input of the golden file: a tensor of rows x cols
// (rows 0: 1-D) of the given kind.
type torchSumCase struct {
	name       string
	rows, cols int
	kind       string
}

func (c torchSumCase) n() int { return max(c.rows, 1) * c.cols }

// torchSumCases: sizes around the kernel's boundaries (8- and 16-lane
// vectors, groups of four vectors, the cascade's 2^4-group blocks, the
// 32768-value grain), and the 2B-4T weight shapes.
func torchSumCases() []torchSumCase {
	var cs []torchSumCase
	sizes := []int{1, 3, 4, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 128, 129, 255, 256, 257,
		511, 512, 513, 1000, 2047, 2048, 2049, 4095, 4096, 4097, 8191, 8193, 32767, 32768, 32769,
		65535, 65536, 65537, 100003, 1<<20 + 7}
	for _, n := range sizes {
		for _, kind := range []string{"bf16", "float", "pos"} {
			cs = append(cs, torchSumCase{fmt.Sprintf("%s-%d", kind, n), 0, n, kind})
		}
	}
	for _, s := range [][2]int{{512, 1536}, {1536, 512}, {640, 2560}, {2560, 2560}, {6912, 2560}, {2560, 6912}} {
		cs = append(cs, torchSumCase{fmt.Sprintf("bf16-%dx%d", s[0], s[1]), s[0], s[1], "bf16"})
	}
	cs = append(cs, torchSumCase{"float-6912x2560", 6912, 2560, "float"})
	return cs
}

// values generates a case's input from a seed fixed by its name.
func (c torchSumCase) values() []float32 {
	h := uint64(14695981039346656037)
	for _, b := range []byte(c.name) {
		h = (h ^ uint64(b)) * 1099511628211
	}
	rng := rand.New(rand.NewPCG(h, 2026))
	x := make([]float32, c.n())
	for i := range x {
		switch c.kind {
		case "bf16": // master weights: normal, std 0.02, rounded to bfloat16
			x[i] = bf16Round(float32(rng.NormFloat64() * 0.02))
		case "float": // signed, magnitudes over 2^-10 to 2^10
			v := math.Ldexp(1+rng.Float64(), rng.IntN(21)-10)
			if rng.IntN(2) == 0 {
				v = -v
			}
			x[i] = float32(v)
		default: // "pos": uniform in [0, 1)
			x[i] = rng.Float32()
		}
	}
	return x
}

// bf16Round rounds to the nearest bfloat16, ties to even (finite inputs).
func bf16Round(v float32) float32 {
	b := math.Float32bits(v)
	b += 0x7fff + (b >> 16 & 1)
	return math.Float32frombits(b &^ 0xffff)
}

type torchGolden struct {
	name, capability string
	threads          int
	sum, mean        uint32
}

func readTorchGolden(t *testing.T) []torchGolden {
	t.Helper()
	var gs []torchGolden
	sc := bufio.NewScanner(bytes.NewReader(testdata(t, "torchsum-golden.txt")))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		require.Len(t, f, 5, line)
		th, err := strconv.Atoi(f[2])
		require.NoError(t, err, line)
		sum, err := strconv.ParseUint(f[3], 16, 32)
		require.NoError(t, err, line)
		mean, err := strconv.ParseUint(f[4], 16, 32)
		require.NoError(t, err, line)
		gs = append(gs, torchGolden{f[0], f[1], th, uint32(sum), uint32(mean)})
	}
	require.NoError(t, sc.Err())
	return gs
}

// TestTorchSumGolden checks TorchSum against x.sum() and x.abs().mean() as
// torch 1.13.1 computed them (testdata/quant/torchsum-golden.txt, written by
// scripts/bitnetcpp-pipeline/torchsum_golden.py), for every case, thread
// count and vector width recorded there.
func TestTorchSumGolden(t *testing.T) {
	cases := torchSumCases()
	if *torchSumInputs != "" {
		writeTorchSumInputs(t, *torchSumInputs, cases)
		return
	}
	golden := readTorchGolden(t)
	byName := map[string][]torchGolden{}
	for _, g := range golden {
		byName[g.name] = append(byName[g.name], g)
	}
	lanes := map[string]int{"AVX2": 8, "AVX512": 16}
	checked, exactDiffers := 0, 0
	for _, c := range cases {
		if testing.Short() && c.n() > 1<<21 {
			continue // the 2B-4T shapes: 17.7M values, ten settings each
		}
		gs := byName[c.name]
		require.NotEmpty(t, gs, "golden file has no line for case %s", c.name)
		x := c.values()
		abs := make([]float32, len(x))
		var exact float64
		for i, v := range x {
			abs[i] = float32(math.Abs(float64(v)))
			exact += float64(abs[i])
		}
		for _, g := range gs {
			l, ok := lanes[g.capability]
			require.True(t, ok, "capability %q", g.capability)
			cfg := TorchConfig{Threads: g.threads, Lanes: l}

			s, err := NewTorchSum(len(x), cfg)
			require.NoError(t, err)
			// Uneven pieces: the streaming must not depend on them.
			for rest, k := x, 1; len(rest) > 0; k = k*3 + 1 {
				p := min(len(rest), k)
				s.Add(rest[:p])
				rest = rest[p:]
			}
			sum, err := s.Sum()
			require.NoError(t, err)
			assert.Equal(t, g.sum, math.Float32bits(sum), "%s %s threads %d: sum %g, torch %g", c.name, g.capability, g.threads, sum, math.Float32frombits(g.sum))

			mean, err := TorchAbsmean(x, cfg)
			require.NoError(t, err)
			assert.Equal(t, g.mean, math.Float32bits(mean), "%s %s threads %d: absmean %g, torch %g", c.name, g.capability, g.threads, mean, math.Float32frombits(g.mean))
			if float32(exact/float64(len(x))) != math.Float32frombits(g.mean) {
				exactDiffers++
			}
			checked++
		}
	}
	// The golden file must exercise the point of the mode: torch's mean is
	// not always the correctly rounded one.
	assert.Positive(t, exactDiffers, "no case where torch's absmean differs from the correctly rounded one")
	t.Logf("%d (case, capability, threads) results equal torch's bit for bit; in %d of them torch's absmean is not the correctly rounded mean", checked, exactDiffers)
}

func writeTorchSumInputs(t *testing.T, dir string, cases []torchSumCase) {
	require.NoError(t, os.MkdirAll(dir, 0o755))
	var list strings.Builder
	for _, c := range cases {
		x := c.values()
		b := make([]byte, 4*len(x))
		for i, v := range x {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
		}
		require.NoError(t, os.WriteFile(filepath.Join(dir, c.name+".f32"), b, 0o644))
		fmt.Fprintf(&list, "%s %d %d\n", c.name, c.rows, c.cols)
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "cases.txt"), []byte(list.String()), 0o644))
	t.Logf("wrote %d inputs to %s", len(cases), dir)
}

func TestTorchSumSmall(t *testing.T) {
	// Below one vector the kernel is a scalar row_sum: four running sums
	// over x[0::4], x[1::4], ..., the leftovers into the first, then the
	// first plus the others in order.
	x := []float32{1e8, 1, 1, 1, -1e8, 3, 5}
	s, err := NewTorchSum(len(x), TorchConfig{})
	require.NoError(t, err)
	s.Add(x)
	got, err := s.Sum()
	require.NoError(t, err)
	// One group of four (x[0..3]) and three leftovers (x[4..6]) into the
	// first sum: ((1e8 + -1e8) + 3) + 5 = 8, then 8 + 1 + 1 + 1 = 11. In
	// order, float32 would lose the ones against 1e8 and give 8.
	assert.Equal(t, float32(11), got)

	// The count is checked.
	s, err = NewTorchSum(3, TorchConfig{})
	require.NoError(t, err)
	s.Add([]float32{1, 2})
	_, err = s.Sum()
	assert.ErrorIs(t, err, ErrTorchSumCount)
	s.Add([]float32{3, 4})
	_, err = s.Sum()
	assert.ErrorIs(t, err, ErrTorchSumCount)

	_, err = NewTorchSum(3, TorchConfig{Lanes: 4})
	assert.Error(t, err)
	_, err = NewTorchSum(3, TorchConfig{Threads: -1})
	assert.Error(t, err)
}

// BenchmarkTorchAbsmean: a 2B-4T FFN weight (6912x2560), torch's order
// against the float64 sum of the exact mode.
func BenchmarkTorchAbsmean(b *testing.B) {
	x := torchSumCase{"bench", 6912, 2560, "bf16"}.values()
	b.Run("torch", func(b *testing.B) {
		b.SetBytes(int64(4 * len(x)))
		for b.Loop() {
			if _, err := TorchAbsmean(x, TorchConfig{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("exact", func(b *testing.B) {
		b.SetBytes(int64(4 * len(x)))
		for b.Loop() {
			SumAbs(x)
		}
	})
}
