//go:build unix

package bitnet

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user and system) the process has used, for the
// step trace: a step's CPU time over its wall time says how many cores it
// actually had.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
