package cpu

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"

	"golang.org/x/sys/cpu"

	"github.com/bitnet-go/bitnet-go/quant"
)

// Kernel set names accepted by Options.Kernels.
const (
	// KernelsAuto picks, per tensor shape, the fastest kernel the CPU supports
	// (see kernelTable in select.go for the measurements behind the choice).
	KernelsAuto = "auto"
	// KernelsRef is the scalar reference: every fast kernel is tested against it.
	KernelsRef = "ref"
	// KernelsGo is the portable pure-Go path (no assembly), used where the CPU
	// lacks AVX2.
	KernelsGo = "go"
	// KernelsAVX2 is the AVX2/FMA/F16C assembly (VPMADDUBSW multiply-add).
	KernelsAVX2 = "avx2"
	// KernelsAVX512VNNI uses VPDPBUSD on YMM registers (AVX512-VNNI+BW+VL).
	KernelsAVX512VNNI = "avx512vnni"
	// KernelsLUT uses the lookup-table ternary kernels (weights repacked at
	// load) with the best available float kernels.
	KernelsLUT = "lut"
	// KernelsCalibrate times the multiply-add and lookup-table kernels on
	// each distinct tensor shape at load and keeps the faster one.
	KernelsCalibrate = "calibrate"
)

// KernelSets returns the kernel set names this CPU can run, "auto" first.
func KernelSets() []string {
	names := []string{KernelsAuto, KernelsRef, KernelsGo}
	if hasAVX2() {
		names = append(names, KernelsAVX2)
	}
	if hasVNNI() {
		names = append(names, KernelsAVX512VNNI)
	}
	return append(names, KernelsLUT, KernelsCalibrate)
}

// kernels are the functions the forward pass calls in its inner loops. A
// kernel set is immutable once selected.
type kernels struct {
	name string
	// tern is the ternary matmul kernel for matrices the selection does not
	// assign otherwise; lut, when set, is the lookup-table alternative.
	tern ternaryKernel
	lut  ternaryKernel
	// mad is the multiply-add kernel of the set (the fallback for matrices
	// the lookup-table kernel cannot run).
	mad ternaryKernel
	// perShape (auto, calibrate) picks lut for shapes where it was faster.
	preferLUT func(rows, cols int) bool
	// calibrate times both kernels per shape at load.
	calibrate bool

	// quantize is quant.QuantizeActivations (bit for bit); qname names it.
	quantize func(x []float32, q []int8) (float32, int32)
	qname    string

	// Float kernels. simdFloat says whether exact mode uses the vector
	// versions (rmsNorm, attention, head); bitnetcpp mode always runs the
	// scalar emulation of ggml's float32 steps.
	simdFloat bool
	fl        floatKernels
	head      headKernels
	// widenF16 converts F16 KV cache rows to float32 (exactly).
	widenF16 func(dst []float32, src []uint16)
	// note, if set, is reported in the engine's notes (a fallback).
	note string
}

// floatKernels are exact-mode float kernels. Each computes exactly what the
// scalar code computes (same float64 operations in the same order), so the
// kernel sets agree bit for bit in exact mode outside the output head.
type floatKernels struct {
	name string
	// attn names the attention kernels where they differ from name's set.
	attn string
	// rmsNorm is rmsNormExact.
	rmsNorm func(dst, x, w []float32, eps float32)
	// scores is scoresGo: out[j] = Σ_c q[c]*K[j*stride+c] in c order.
	scores func(q []float64, K []float32, stride int, out []float64)
	// scores4 is scoresQuadGo: scores for four queries that share their
	// keys (heads of one KV group), every qt value a float32 value; nil
	// where the set scores one query at a time.
	scores4 func(qt []float64, K []float32, stride int, out, kb []float64)
	// wsum is wsumGo: acc[c] += Σ_j w[j]*V[j*stride+c] in j order.
	wsum func(w []float64, V []float32, stride int, acc []float64)
	// wsum4 is wsumQuadGo: the weighted sums of a KV group's four heads
	// at once (weights interleaved by head); nil where the quad path sums
	// one head at a time with wsum.
	wsum4 func(w4 []float64, V []float32, stride int, acc []float64)
	// scaleMax4 is scaleMax4Go: scale four heads' interleaved scores in
	// place and return each head's maximum.
	scaleMax4 func(s4 []float64, scale float64) [4]float64
	// exp is expGo: dst[i] = math.Exp(src[i]).
	exp func(dst, src []float64)
	// relu2 is relu2Go: the ReLU² FFN activation times up, in place.
	relu2 func(gate, up []float32)
}

// headKernels compute one output-head row · x (float64 result).
type headKernels struct {
	name string
	f16  func(w []byte, x []float32) float64
	// widen16 widens an F16 head row to float32 (exactly), and f32 is f16
	// over such a row: the same sum, bit for bit. A batch of output rows
	// widens each head row once and runs f32 per output row.
	widen16 func(dst []float32, w []byte)
	f32     func(w, x []float32) float64
	// f16x2 is f16 of one row against two x rows at once, each result bit
	// for bit f16's: batches of output rows run it on pairs of rows. It may
	// prefetch pf (a row as long as w that the caller reads later).
	f16x2 func(w []byte, x0, x1 []float32, pf []byte) (float64, float64)
	// f16r4x2, if set, is f16 of four consecutive rows (w[r*rowB:]) against
	// two x rows of dim (x[b*dim:]): out[r*2+b], each bit for bit f16's. pf
	// is a prefetch hint as for f16x2 (four rows).
	f16r4x2 func(w []byte, rowB int, x []float32, dim int, out *[8]float64, pf []byte)
	// f16r2x4, if set, adds one chunk (n values, a multiple of 32, at most
	// 256) of f16's dot products of 2*npairs consecutive rows (w[r*rowB:])
	// with four x rows (x[b*xstride:]) to its float64 lanes
	// sums[(r*4+b)*8:][:8]; headF16Lanes turns a row's lanes, once every
	// chunk of dim&^31 is in, into f16's result without the tail past it.
	// pf (rows laid out as w's) is a prefetch hint.
	f16r2x4 func(w []byte, rowB, npairs int, x []float32, xstride, n int, sums []float64, pf []byte)
	// q8 and q6k take x quantized to int16 (quantizeHead) and return the
	// dot product in units of the x scale.
	q8  func(w []byte, x []int16) float64
	q6k func(w []byte, x []int16) float64
}

func refKernels() kernels {
	return kernels{
		name: KernelsRef, tern: madKernel{name: "i2s-ref", gemv: gemvRef, finish: finishGo},
		quantize: quant.QuantizeActivations, qname: "quantize-ref",
		fl:       floatKernels{name: "ref", rmsNorm: rmsNormExact, scores: scoresGo, wsum: wsumGo, exp: expGo, relu2: relu2Go, scaleMax4: scaleMax4Go},
		head:     headKernels{name: "ref", f16: headF16Go, widen16: widenHeadGo, f32: headF32Go, f16x2: headF16x2Go, f16r4x2: headF16R4x2Go, q8: headQ8Go, q6k: headQ6KGo},
		widenF16: widenF16Go,
	}
}

func goKernels() kernels {
	k := refKernels()
	k.name = KernelsGo
	k.tern = madKernel{name: "i2s-go", gemv: gemvGo, gemm8: gemm8Go, gemm4: gemm4Go, finish: finishGo}
	k.simdFloat = true
	k.fl = floatKernels{name: "go", rmsNorm: rmsNormExact, scores: scoresGo, scores4: scoresQuadGo, wsum: wsumGo, exp: expGo, relu2: relu2Go, scaleMax4: scaleMax4Go}
	k.head = headKernels{name: "go", f16: headF16Go, widen16: widenHeadGo, f32: headF32Go, f16x2: headF16x2Go, f16r4x2: headF16R4x2Go, q8: headQ8Go, q6k: headQ6KGo}
	k.lut = lutKernel{name: "lut-go", gemv: lutGemvGo, finish: finishGo}
	return k
}

// selectKernels returns the kernel set named (or the best available for "auto").
func selectKernels(name string) (kernels, error) {
	k, err := selectKernelSet(name)
	if k.mad == nil {
		k.mad = k.tern
	}
	return k, err
}

func selectKernelSet(name string) (kernels, error) {
	switch strings.ToLower(name) {
	case KernelsRef:
		return refKernels(), nil
	case KernelsGo:
		return goKernels(), nil
	case KernelsAVX2:
		if !hasAVX2() {
			return kernels{}, fmt.Errorf("cpu: kernel set %q needs AVX2, FMA and F16C, which this CPU lacks: %w", name, ErrKernelUnsupported)
		}
		return avx2Kernels(), nil
	case KernelsAVX512VNNI:
		if !hasVNNI() {
			return kernels{}, fmt.Errorf("cpu: kernel set %q needs AVX512-VNNI, BW and VL, which this CPU lacks: %w", name, ErrKernelUnsupported)
		}
		k := vnniKernels()
		if err := knownAnswer(k.tern.(madKernel)); err != nil {
			return kernels{}, fmt.Errorf("cpu: kernel set %q: %w", name, err)
		}
		return k, nil
	case KernelsLUT:
		k := bestKernels()
		k.name = KernelsLUT
		k.mad = k.tern
		k.tern = k.lut
		return k, nil
	case "", KernelsAuto:
		k := bestKernels()
		k.name = KernelsAuto
		k.preferLUT = preferLUT
		return k, nil
	case KernelsCalibrate:
		k := bestKernels()
		k.name = KernelsCalibrate
		k.calibrate = true
		return k, nil
	}
	return kernels{}, fmt.Errorf("cpu: unknown kernel set %q (want one of %s)", name, strings.Join(KernelSets(), ", "))
}

// bestKernels is the fastest complete set this CPU supports.
func bestKernels() kernels {
	switch {
	case hasVNNI():
		k := vnniKernels()
		err := knownAnswer(k.tern.(madKernel))
		if err == nil {
			return k
		}
		// Keep the results right; the note says why the speed is AVX2's.
		k = avx2Kernels()
		k.note = fmt.Sprintf("AVX512-VNNI kernels failed their load-time check (%v); using AVX2", err)
		return k
	case hasAVX2():
		return avx2Kernels()
	}
	return goKernels()
}

// hasAVX2 reports AVX2 with FMA and F16C (every AVX2 kernel may use all three).
func hasAVX2() bool {
	x := cpu.X86
	return x.HasAVX2 && x.HasFMA && cpu.X86.HasF16C
}

// hasVNNI reports what the VNNI kernels need: EVEX-encoded VPDPBUSD on YMM
// registers (AVX512-VNNI + AVX512-VL), byte/word ops (AVX512-BW), plus AVX2.
func hasVNNI() bool {
	x := cpu.X86
	return hasAVX2() && x.HasAVX512F && x.HasAVX512VNNI && x.HasAVX512BW && x.HasAVX512VL
}

func featureList() []string {
	var f []string
	x := cpu.X86
	for _, c := range []struct {
		ok   bool
		name string
	}{
		{x.HasAVX2, "avx2"}, {x.HasFMA, "fma"}, {cpu.X86.HasF16C, "f16c"}, {x.HasAVX512F, "avx512f"}, {x.HasAVX512BW, "avx512bw"},
		{x.HasAVX512VL, "avx512vl"}, {x.HasAVX512VNNI, "avx512vnni"}, {x.HasAVXVNNI, "avxvnni"},
	} {
		if c.ok {
			f = append(f, c.name)
		}
	}
	if cpu.ARM64.HasASIMD {
		f = append(f, "neon")
	}
	sort.Strings(f)
	return f
}

// knownAnswer runs a set's integer ternary kernels once on a fixed random
// problem and compares them with the portable Go kernels. The AVX512-VNNI
// kernels cannot run on the machines this package is tested on (their tests
// SKIP there), so "auto" trusts them only after this check: a wrong result
// then costs speed (the AVX2 set), never correctness.
func knownAnswer(m madKernel) error {
	const rows, cols, tokens = 40, 512, 8
	const rowBytes, nblk = cols / 4, cols / 128
	r := rand.New(rand.NewPCG(0x6b6e, 0x616e))
	w := make([]byte, rows*rowBytes)
	for i := range w {
		w[i] = byte(r.IntN(3)<<6 | r.IntN(3)<<4 | r.IntN(3)<<2 | r.IntN(3))
	}
	q := make([]int8, cols*tokens)
	for i := range q {
		q[i] = int8(r.IntN(255) - 127)
	}
	want, got := make([]int32, rows), make([]int32, rows)
	gemvGo(w, rowBytes, q[:cols], want)
	m.gemv(w, rowBytes, q[:cols], got)
	if !slices.Equal(want, got) {
		return fmt.Errorf("%s gemv differs from the Go kernel", m.name)
	}
	if m.gemm8 == nil {
		return nil
	}
	want, got = make([]int32, tokens*rows), make([]int32, tokens*rows)
	gemm8Go(w, rowBytes, rows, nblk, q, want, rows)
	m.gemm8(w, rowBytes, rows, nblk, q, got, rows)
	if !slices.Equal(want, got) {
		return fmt.Errorf("%s gemm8 differs from the Go kernel", m.name)
	}
	if m.gemm4 == nil {
		return nil
	}
	clear(want)
	clear(got)
	gemm4Go(w, rowBytes, rows, nblk, q, want, rows)
	m.gemm4(w, rowBytes, rows, nblk, q, got, rows)
	if !slices.Equal(want, got) {
		return fmt.Errorf("%s gemm4 differs from the Go kernel", m.name)
	}
	return nil
}
