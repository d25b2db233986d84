// Package sysinfo reads facts about the running process and host that reports
// need: peak and current resident memory, build version.
package sysinfo

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// PeakRSS returns the process's peak resident set size in bytes (VmHWM), or 0
// where /proc is unavailable.
func PeakRSS() int64 { return procStatus("VmHWM:") }

// ResetPeakRSS restarts the peak count (VmHWM) from the current resident
// size (Linux: "5" to /proc/self/clear_refs). It reports whether it could.
func ResetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// RSS returns the current resident set size in bytes (VmRSS), or 0.
func RSS() int64 { return procStatus("VmRSS:") }

// RSSBreakdown returns the current resident memory split into anonymous
// memory (heap, KV caches) and file-backed pages (mmap'd weights), or zeros.
func RSSBreakdown() (anon, file int64) { return procStatus("RssAnon:"), procStatus("RssFile:") }

func procStatus(key string) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, key) {
			continue
		}
		fields := strings.Fields(line[len(key):])
		if len(fields) == 0 {
			return 0
		}
		kb, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			return 0
		}
		return kb * 1024
	}
	return 0
}

// Build describes the binary: module version and VCS revision when known.
type Build struct {
	Version   string // module version, "(devel)" for a local build
	Revision  string // VCS commit, "" if unknown
	Modified  bool   // built from a work tree with uncommitted changes
	GoVersion string
}

// ReadBuild returns the build information embedded in the binary.
func ReadBuild() Build {
	b := Build{Version: "(unknown)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	b.Version = bi.Main.Version
	b.GoVersion = bi.GoVersion
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

// CPUModel returns the host CPU's model name from /proc/cpuinfo, or "".
func CPUModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "model name") {
			if i := strings.IndexByte(line, ':'); i >= 0 {
				return strings.TrimSpace(line[i+1:])
			}
		}
	}
	return ""
}
