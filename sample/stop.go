package sample

import "strings"

// StopMatcher finds stop strings in streamed text that arrives in pieces
// (one per token), even when a stop string spans several pieces. Text that
// might be the start of a stop string is held back until it is known not to
// be; a stop string itself, and anything after it, is never emitted.
//
// Matching is on bytes and independent of how the text is split: generation
// stops at the first position where some stop string ends, and if several
// end there the longest one counts. Empty stop strings are ignored. A
// StopMatcher is not safe for concurrent use.
type StopMatcher struct {
	stops   []string
	held    string
	stopped bool
	matched string
}

// NewStopMatcher returns a matcher for stops. With no non-empty stop string
// it passes all text through.
func NewStopMatcher(stops []string) *StopMatcher {
	m := &StopMatcher{}
	for _, s := range stops {
		if s != "" {
			m.stops = append(m.stops, s)
		}
	}
	return m
}

// Push adds the next piece of generated text. It returns the text that is now
// safe to show, and stopped == true once a stop string has been completed;
// the caller should then end the generation. After a stop, Push returns
// ("", true) and discards its input.
func (m *StopMatcher) Push(text string) (emit string, stopped bool) {
	if m.stopped {
		return "", true
	}
	if len(m.stops) == 0 {
		return text, false
	}
	buf := m.held + text

	// The occurrence that ends first wins; at the same end, the longest.
	// strings.Index finds each stop's earliest, hence earliest-ending, match.
	bestEnd, bestStart := -1, 0
	for _, s := range m.stops {
		i := strings.Index(buf, s)
		if i < 0 {
			continue
		}
		if end := i + len(s); bestEnd < 0 || end < bestEnd || (end == bestEnd && i < bestStart) {
			bestEnd, bestStart = end, i
			m.matched = s
		}
	}
	if bestEnd >= 0 {
		m.stopped = true
		m.held = ""
		return buf[:bestStart], true
	}

	// Hold back the longest suffix of buf that is a proper prefix of a stop
	// string. Nothing before it can be part of a future match.
	hold := 0
	for _, s := range m.stops {
		for k := min(len(buf), len(s)-1); k > hold; k-- {
			if strings.HasSuffix(buf, s[:k]) {
				hold = k
				break
			}
		}
	}
	m.held = buf[len(buf)-hold:]
	return buf[:len(buf)-hold], false
}

// Flush ends the stream: it returns and clears the held-back text, or "" if
// a stop string was matched.
func (m *StopMatcher) Flush() string {
	h := m.held
	m.held = ""
	return h
}

// Stopped reports whether a stop string has been matched.
func (m *StopMatcher) Stopped() bool { return m.stopped }

// Matched returns the stop string that ended the stream, or "" if none.
func (m *StopMatcher) Matched() string { return m.matched }
