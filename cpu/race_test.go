//go:build race

package cpu

// raceEnabled: the race detector's runtime allocates on its own (and
// sync.Pool drops items at random), so allocation counts do not apply.
const raceEnabled = true
