package cpu

import (
	"time"

	"golang.org/x/sys/unix"
)

// threadCPUTime is the calling OS thread's CPU time (user + system), so that
// benchmarks can report throughput per CPU-second, which time-slicing by
// other processes on a shared machine does not dilute.
func threadCPUTime() time.Duration {
	var ru unix.Rusage
	if err := unix.Getrusage(unix.RUSAGE_THREAD, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// processCPUTime is the process's CPU time (user + system, all threads): a
// multi-threaded benchmark's CPU per operation, comparable with the
// library's step trace.
func processCPUTime() time.Duration {
	var ru unix.Rusage
	if err := unix.Getrusage(unix.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
