package quant

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
)

// torch 1.13's CPU float32 sum, reproduced bit for bit.
//
// bitnet.cpp's preprocess step computes a tensor's absmean as
// w.float().abs().mean() in torch. On the CPU, torch 1.13 computes a float32
// mean as a float32 sum divided by float32(n), and the sum
// (aten/src/ATen/native/cpu/SumKernel.cpp, cascade_sum) accumulates in
// float32 in a fixed order that depends on two things outside the tensor:
//
//   - The number of intra-op threads (torch.get_num_threads()). With more
//     than one, a tensor of more than 32768 values (at::internal::GRAIN_SIZE)
//     is cut into min(threads, ceil(n/32768)) contiguous ranges of
//     ceil(n/ranges) values (OpenMP's at::parallel_for); each range is summed
//     into its own slot of a buffer of `threads` zeros, and the buffer is
//     then summed by the same kernel (TensorIterator's two-pass reduction).
//   - The vector width of the kernel torch dispatches to: 8 float32 lanes for
//     AVX2 (the default on x86 even where AVX-512 exists) and for its generic
//     kernel, 16 for AVX-512 (ATEN_CPU_CAPABILITY=avx512).
//
// A range of m values (row_sum over Vectorized<float>) is read as m/lanes
// vectors, grouped four at a time (the "ILP" factor). Each group's four
// vectors are added lane by lane into four level-0 accumulators; after every
// 2^p groups (p = max(4, ceil(log2(groups))/4)) level 0 is added into level
// 1 and cleared, level 1 into level 2 when the group count is a multiple of
// 2^2p, and level 2 into level 3 at multiples of 2^3p (a cascade of four
// levels, so that values of similar magnitude meet). At the end each
// accumulator is level0+level1+level2+level3; the 0-3 vectors left over after
// the last group are added to the first accumulator, which then gets the
// other three added in order. The 0 to lanes-1 values left after the last
// vector are summed in order from zero, and the first accumulator's lanes
// are added to that in lane order. A range shorter than one vector takes the
// same path with one lane. Every addition is a float32 addition; none is
// fused or reassociated.

// torchGrainSize is the tensor size at and below which torch 1.13 sums on one
// thread whatever its thread count (at::internal::GRAIN_SIZE).
const torchGrainSize = 32768

// TorchConfig names the two settings torch's float32 sum order depends on.
type TorchConfig struct {
	// Threads is torch's intra-op thread count (torch.get_num_threads(),
	// OMP_NUM_THREADS); zero means 1.
	Threads int
	// Lanes is the float32 vector width of the kernel torch runs: 8 (AVX2 or
	// torch's generic kernel; zero selects it) or 16 (AVX-512).
	Lanes int
}

func (c TorchConfig) norm() (TorchConfig, error) {
	if c.Threads == 0 {
		c.Threads = 1
	}
	if c.Lanes == 0 {
		c.Lanes = 8
	}
	if c.Threads < 1 || c.Threads > 1024 {
		return c, fmt.Errorf("quant: torch thread count %d (want 1 to 1024)", c.Threads)
	}
	if c.Lanes != 8 && c.Lanes != 16 {
		return c, fmt.Errorf("quant: torch vector width %d lanes (want 8 or 16)", c.Lanes)
	}
	return c, nil
}

// ErrTorchSumCount is returned by TorchSum.Sum when the values added are not
// the n the sum was created for: the order torch sums in depends on n.
var ErrTorchSumCount = errors.New("quant: torch sum: value count differs from the size given")

// TorchSum computes, while the values stream through it in order, the float32
// sum torch 1.13's CPU kernel gives for a contiguous float32 tensor of n
// values (x.sum(), and the numerator of x.mean()). Its state is a few
// hundred bytes whatever n is. The zero value is not usable: call
// NewTorchSum.
type TorchSum struct {
	n      int
	cfg    TorchConfig
	ranges []int // end of each thread's range, in order
	cur    int   // index into ranges
	seen   int   // values added so far
	slots  []float32
	r      rangeSum
}

// NewTorchSum prepares a sum of n values for the given torch settings.
func NewTorchSum(n int, cfg TorchConfig) (*TorchSum, error) {
	cfg, err := cfg.norm()
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, fmt.Errorf("quant: torch sum of %d values", n)
	}
	s := &TorchSum{n: n, cfg: cfg}
	if n <= torchGrainSize || cfg.Threads == 1 {
		// parallel_reduce runs serially below the grain size; at exactly
		// the grain size the two-pass path gives the same value (one
		// non-zero slot).
		s.ranges = []int{n}
	} else {
		used := min(cfg.Threads, ceilDiv(n, torchGrainSize))
		chunk := ceilDiv(n, used)
		for b := 0; b < n; b += chunk {
			s.ranges = append(s.ranges, min(n, b+chunk))
		}
		s.slots = make([]float32, cfg.Threads)
	}
	s.r.reset(s.ranges[0], cfg.Lanes)
	return s, nil
}

// Add adds the next values of the tensor, in order.
func (s *TorchSum) Add(x []float32) {
	s.add(x, false)
}

// AddAbs adds the absolute values of the next values, in order: the sum of
// x.abs().
func (s *TorchSum) AddAbs(x []float32) {
	s.add(x, true)
}

func (s *TorchSum) add(x []float32, abs bool) {
	for len(x) > 0 && s.cur < len(s.ranges) {
		take := min(len(x), s.ranges[s.cur]-s.seen)
		s.r.add(x[:take], abs)
		s.seen += take
		x = x[take:]
		if s.seen == s.ranges[s.cur] {
			s.endRange()
		}
	}
	s.seen += len(x) // past n: Sum reports it
}

func (s *TorchSum) endRange() {
	if s.slots != nil {
		s.slots[s.cur] += s.r.result()
	}
	s.cur++
	if s.cur < len(s.ranges) {
		start := s.ranges[s.cur-1]
		s.r.reset(s.ranges[s.cur]-start, s.cfg.Lanes)
	}
}

// Sum returns the sum of the n values added.
func (s *TorchSum) Sum() (float32, error) {
	if s.seen != s.n {
		return 0, fmt.Errorf("%w: %d added, %d expected", ErrTorchSumCount, s.seen, s.n)
	}
	if s.n == 0 {
		return 0, nil
	}
	if s.slots == nil {
		// cascade_sum zero-fills the output, then adds the range's sum.
		return 0 + s.r.result(), nil
	}
	// The second pass: the same kernel over the per-thread slots (unused
	// ones hold zero), added to the zero-filled output.
	var r rangeSum
	r.reset(len(s.slots), s.cfg.Lanes)
	r.add(s.slots, false)
	return 0 + r.result(), nil
}

// TorchMean is torch 1.13's float32 mean on the CPU given its float32 sum:
// the sum divided by n rounded to float32.
func TorchMean(sum float32, n int) float32 {
	return sum / float32(n)
}

// TorchAbsmean returns w.abs().mean() as torch 1.13 computes it for a
// contiguous float32 tensor w on the CPU.
func TorchAbsmean(w []float32, cfg TorchConfig) (float32, error) {
	s, err := NewTorchSum(len(w), cfg)
	if err != nil {
		return 0, err
	}
	s.AddAbs(w)
	sum, err := s.Sum()
	if err != nil {
		return 0, err
	}
	return TorchMean(sum, len(w)), nil
}

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// ceilLog2 is c10's utils::CeilLog2: 1 for x <= 2.
func ceilLog2(x int) int {
	if x <= 2 {
		return 1
	}
	return bits.Len64(uint64(x - 1))
}

const (
	torchLevels = 4 // multi_row_sum's num_levels
	torchILP    = 4 // row_sum's ilp_factor
	maxLanes    = 16
)

type vec [maxLanes]float32

// rangeSum is row_sum (and, around it, vectorized_inner_sum) over one
// thread's range, fed in order.
type rangeSum struct {
	m, lanes  int
	vecs      int // whole vectors in the range
	groups    int // whole groups of torchILP vectors
	power     int // log2 of the level step
	pos       int // values consumed
	acc       [torchLevels][torchILP]vec
	group     [torchILP * maxLanes]float32
	fill      int // values in group (or in the current leftover vector)
	done      int // groups completed
	partial   [torchILP]vec
	final     float32 // the scalar tail's running sum
	merged    bool    // partial holds the merged accumulators
	collapsed bool    // partial[0] holds all four
}

func (r *rangeSum) reset(m, lanes int) {
	*r = rangeSum{m: m, lanes: lanes}
	if m < lanes {
		// vectorized_inner_sum needs at least one whole vector; shorter
		// rows take the scalar row_sum, which is this with one lane.
		r.lanes = 1
	}
	r.vecs = m / r.lanes
	r.groups = r.vecs / torchILP
	r.power = max(4, ceilLog2(r.groups)/torchLevels)
}

func (r *rangeSum) add(x []float32, abs bool) {
	L := r.lanes
	G := torchILP * L
	groupEnd := r.groups * G
	vecEnd := r.vecs * L
	for len(x) > 0 {
		switch {
		case r.pos < groupEnd:
			// Groups are whole up to groupEnd, so the current one fits.
			take := min(len(x), G-r.fill)
			copyAbs(r.group[r.fill:r.fill+take], x[:take], abs)
			r.fill += take
			r.pos += take
			x = x[take:]
			if r.fill == G {
				r.addGroup()
				r.fill = 0
			}
		case r.pos < vecEnd:
			r.merge()
			take := min(len(x), L-r.fill)
			copyAbs(r.group[r.fill:r.fill+take], x[:take], abs)
			r.fill += take
			r.pos += take
			x = x[take:]
			if r.fill == L {
				for l := range L {
					r.partial[0][l] += r.group[l]
				}
				r.fill = 0
			}
		default:
			r.merge()
			r.collapse()
			for _, v := range x {
				if abs {
					v = absf(v)
				}
				r.final += v
			}
			r.pos += len(x)
			x = nil
		}
	}
}

func absf(v float32) float32 { return math.Float32frombits(math.Float32bits(v) &^ (1 << 31)) }

func copyAbs(dst, src []float32, abs bool) {
	if !abs {
		copy(dst, src)
		return
	}
	for i, v := range src {
		dst[i] = absf(v)
	}
}

// addGroup is one step of multi_row_sum's loop: four vectors into level 0,
// then the cascade when a block of 2^power groups is complete.
func (r *rangeSum) addGroup() {
	L := r.lanes
	for k := range torchILP {
		a := &r.acc[0][k]
		g := r.group[k*L : (k+1)*L]
		for l := range L {
			a[l] += g[l]
		}
	}
	r.done++
	step := 1 << r.power
	if r.done%step != 0 {
		return
	}
	mask := step - 1
	for j := 1; j < torchLevels; j++ {
		for k := range torchILP {
			for l := range L {
				r.acc[j][k][l] += r.acc[j-1][k][l]
				r.acc[j-1][k][l] = 0
			}
		}
		if r.done&(mask<<(j*r.power)) != 0 {
			break
		}
	}
}

// merge ends multi_row_sum: each accumulator is the sum of its levels.
func (r *rangeSum) merge() {
	if r.merged {
		return
	}
	r.merged = true
	for k := range torchILP {
		for j := 1; j < torchLevels; j++ {
			for l := range r.lanes {
				r.acc[0][k][l] += r.acc[j][k][l]
			}
		}
		r.partial[k] = r.acc[0][k]
	}
}

// collapse ends row_sum: the other three accumulators into the first.
func (r *rangeSum) collapse() {
	if r.collapsed {
		return
	}
	r.collapsed = true
	for k := 1; k < torchILP; k++ {
		for l := range r.lanes {
			r.partial[0][l] += r.partial[k][l]
		}
	}
}

// result is the range's sum once all m values are in: the scalar tail, then
// the lanes in order (vectorized_inner_sum); with one lane the tail is empty
// and this is row_sum's value.
func (r *rangeSum) result() float32 {
	r.merge()
	r.collapse()
	f := r.final
	for l := range r.lanes {
		f += r.partial[0][l]
	}
	return f
}
