package sample

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// push feeds pieces into m and records what Push returned.
type pushResult struct {
	emit    string
	stopped bool
}

func TestStopMatcher(t *testing.T) {
	tests := []struct {
		name    string
		stops   []string
		pieces  []string
		want    []pushResult
		flush   string
		matched string
	}{
		{
			name:   "no stops passes through",
			stops:  nil,
			pieces: []string{"a", "b"},
			want:   []pushResult{{"a", false}, {"b", false}},
		},
		{
			name:   "empty stop string ignored",
			stops:  []string{""},
			pieces: []string{"ab"},
			want:   []pushResult{{"ab", false}},
		},
		{
			name:    "whole stop in one piece",
			stops:   []string{"END"},
			pieces:  []string{"helloENDworld"},
			want:    []pushResult{{"hello", true}},
			matched: "END",
		},
		{
			name:    "split over three pushes",
			stops:   []string{"<stop>"},
			pieces:  []string{"Hi <s", "to", "p> more"},
			want:    []pushResult{{"Hi ", false}, {"", false}, {"", true}},
			matched: "<stop>",
		},
		{
			name:   "false partial match released",
			stops:  []string{"<stop>"},
			pieces: []string{"a <st", "ep> b", " c"},
			want:   []pushResult{{"a ", false}, {"<step> b", false}, {" c", false}},
		},
		{
			name:   "held text released by Flush",
			stops:  []string{"User:"},
			pieces: []string{"done.\nUse"},
			want:   []pushResult{{"done.\n", false}},
			flush:  "Use",
		},
		{
			name:    "after stop, input is discarded",
			stops:   []string{"x"},
			pieces:  []string{"ax", "more"},
			want:    []pushResult{{"a", true}, {"", true}},
			matched: "x",
		},
		{
			name:    "overlapping stops: the one ending first wins",
			stops:   []string{"abcd", "bc"},
			pieces:  []string{"xab", "cd"},
			want:    []pushResult{{"x", false}, {"a", true}},
			matched: "bc",
		},
		{
			name:    "overlapping stops in one piece: earliest end, not earliest start",
			stops:   []string{"abcd", "c"},
			pieces:  []string{"xabcd"},
			want:    []pushResult{{"xab", true}},
			matched: "c",
		},
		{
			name:    "same end: the longest wins",
			stops:   []string{"bc", "abc"},
			pieces:  []string{"zab", "c"},
			want:    []pushResult{{"z", false}, {"", true}},
			matched: "abc",
		},
		{
			name:    "self-overlapping stop",
			stops:   []string{"aab"},
			pieces:  []string{"a", "a", "a", "b"},
			want:    []pushResult{{"", false}, {"", false}, {"a", false}, {"", true}},
			matched: "aab",
		},
		{
			name:    "hold the longest of several partial prefixes",
			stops:   []string{"ab", "bcd"},
			pieces:  []string{"xb", "c", "d"},
			want:    []pushResult{{"x", false}, {"", false}, {"", true}},
			matched: "bcd",
		},
		{
			name:    "unicode stop across pieces",
			stops:   []string{"终了"},
			pieces:  []string{"héllo 终", "了 après"},
			want:    []pushResult{{"héllo ", false}, {"", true}},
			matched: "终了",
		},
		{
			name:    "unicode stop split inside a rune's bytes",
			stops:   []string{"é!"},
			pieces:  []string{"caf\xc3", "\xa9", "!"},
			want:    []pushResult{{"caf", false}, {"", false}, {"", true}},
			matched: "é!",
		},
		{
			name:   "unicode false partial",
			stops:  []string{"éa"},
			pieces: []string{"é", "è"},
			want:   []pushResult{{"", false}, {"éè", false}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := NewStopMatcher(tc.stops)
			var got []pushResult
			for _, p := range tc.pieces {
				e, s := m.Push(p)
				got = append(got, pushResult{e, s})
			}
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.flush, m.Flush())
			assert.Equal(t, "", m.Flush(), "Flush clears")
			assert.Equal(t, tc.matched, m.Matched())
			assert.Equal(t, tc.matched != "", m.Stopped())
		})
	}
}

// refStop is the reference semantics: the first end position at which some
// stop string ends; the longest such stop. It returns the text before the
// stop and whether one was found.
func refStop(full string, stops []string) (string, bool) {
	for e := 1; e <= len(full); e++ {
		best := -1
		for _, s := range stops {
			if s != "" && strings.HasSuffix(full[:e], s) && len(s) > best {
				best = len(s)
			}
		}
		if best >= 0 {
			return full[:e-best], true
		}
	}
	return full, false
}

// runStop feeds pieces and returns everything emitted (plus Flush).
func runStop(stops, pieces []string) (string, bool) {
	m := NewStopMatcher(stops)
	var b strings.Builder
	stopped := false
	for _, p := range pieces {
		e, s := m.Push(p)
		b.WriteString(e)
		if s {
			stopped = true
		}
	}
	b.WriteString(m.Flush())
	return b.String(), stopped
}

// splitAt cuts s into pieces at random byte offsets drawn from r.
func splitAt(r *rand.Rand, s string) []string {
	var out []string
	for len(s) > 0 {
		n := 1 + r.IntN(min(len(s), 6))
		out = append(out, s[:n])
		s = s[n:]
	}
	return out
}

func TestStopMatcherRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	alpha := []string{"a", "b", "c", "é", "\n"}
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(alpha[r.IntN(len(alpha))])
		}
		return b.String()
	}
	for range 2000 {
		stops := []string{word(1 + r.IntN(4)), word(1 + r.IntN(4))}
		full := word(r.IntN(30))
		want, wantStop := refStop(full, stops)
		got, stopped := runStop(stops, splitAt(r, full))
		require.Equal(t, want, got, "stops %q full %q", stops, full)
		require.Equal(t, wantStop, stopped)
	}
}

func FuzzStopMatcher(f *testing.F) {
	f.Add("hello <|eot|> world", "<|eot|>", "lo <", uint64(1))
	f.Add("aaab", "aab", "ab", uint64(2))
	f.Add("终了终了", "了终", "", uint64(3))
	f.Add("abc", "", "", uint64(4))
	f.Fuzz(func(t *testing.T, full, stop1, stop2 string, seed uint64) {
		stops := []string{stop1, stop2}
		want, wantStop := refStop(full, stops)
		r := rand.New(rand.NewPCG(seed, 0))
		got, stopped := runStop(stops, splitAt(r, full))
		if got != want || stopped != wantStop {
			t.Fatalf("stops %q full %q: got %q %v, want %q %v", stops, full, got, stopped, want, wantStop)
		}
		// One piece and byte-by-byte agree with any split.
		if g, s := runStop(stops, []string{full}); g != want || s != wantStop {
			t.Fatalf("single piece: got %q %v, want %q %v", g, s, want, wantStop)
		}
		if !strings.HasPrefix(full, got) {
			t.Fatalf("emitted %q is not a prefix of %q", got, full)
		}
	})
}
