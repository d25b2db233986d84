package sample

import (
	"encoding/binary"
	"math"
	"testing"
)

// FuzzSample feeds arbitrary float32 bit patterns (NaN, ±Inf, denormals) and
// arbitrary params. Sample must not panic, must return an id in range, must
// be deterministic, must never pick a NaN/-Inf token while a finite or +Inf
// one exists, and at temperature 0 must agree with Greedy.
func FuzzSample(f *testing.F) {
	le := func(vals ...float32) []byte {
		b := make([]byte, 4*len(vals))
		for i, v := range vals {
			binary.LittleEndian.PutUint32(b[4*i:], math.Float32bits(v))
		}
		return b
	}
	f.Add(le(1, 2, 3), []byte{0, 1}, float32(0.8), 40, float32(0.95), float32(0.05), float32(1.1), float32(0), float32(0), 64, uint64(1))
	f.Add(le(nan, inf, ninf, 0), []byte{1, 1, 3}, float32(1), 0, float32(0.5), float32(0), float32(2), float32(0.5), float32(1), -1, uint64(2))
	f.Add(le(ninf, nan), []byte{}, float32(0), 1, float32(1), float32(1), float32(0), float32(0), float32(0), 0, uint64(3))
	f.Add(le(-3e38, 3e38, 1e-45), []byte{0, 1, 2}, float32(1e-30), 2, float32(0.1), float32(0.9), float32(1e30), float32(-1e30), float32(3e38), 2, uint64(4))
	f.Fuzz(func(t *testing.T, raw, hist []byte, temp float32, topK int, topP, minP, rep, freq, pres float32, window int, seed uint64) {
		logits := make([]float32, len(raw)/4)
		for i := range logits {
			logits[i] = math.Float32frombits(binary.LittleEndian.Uint32(raw[4*i:]))
		}
		history := make([]int32, len(hist))
		for i, b := range hist {
			history[i] = int32(int8(b)) // includes negative and out-of-range ids
		}
		p := Params{Temperature: temp, TopK: topK, TopP: topP, MinP: minP, RepeatPenalty: rep,
			FrequencyPenalty: freq, PresencePenalty: pres, PenaltyWindow: window, Seed: seed}
		if p.Validate() != nil {
			p = Params{Temperature: float32(math.Abs(float64(temp))), Seed: seed}
			if p.Validate() != nil {
				p.Temperature = 1
			}
		}
		s1, err := New(p)
		if err != nil {
			t.Fatal(err)
		}
		s2, _ := New(p)
		orig := append([]float32(nil), logits...)
		for range 3 {
			a, b := s1.Sample(logits, history), s2.Sample(logits, history)
			if a != b {
				t.Fatalf("not deterministic: %d vs %d", a, b)
			}
			if len(logits) == 0 {
				if a != -1 {
					t.Fatalf("empty logits gave %d", a)
				}
				continue
			}
			if a < 0 || int(a) >= len(logits) {
				t.Fatalf("id %d out of range [0, %d)", a, len(logits))
			}
			if !p.penaltiesOn() || len(history) == 0 {
				v := logits[a]
				if !(v > ninf) && Greedy(logits) != a {
					t.Fatalf("picked NaN/-Inf token %d (%v) while token %d exists", a, v, Greedy(logits))
				}
				if p.Temperature == 0 && a != Greedy(logits) {
					t.Fatalf("temperature 0 picked %d, Greedy %d", a, Greedy(logits))
				}
			}
		}
		for i := range logits {
			if math.Float32bits(logits[i]) != math.Float32bits(orig[i]) {
				t.Fatal("Sample modified logits")
			}
		}
		out := make([]float32, len(logits))
		LogSoftmax(logits, out)
		for _, v := range out {
			if v != v || v > 0 {
				t.Fatalf("bad log-prob %v", v)
			}
		}
		TopLogprobs(logits, topK%100)
	})
}
