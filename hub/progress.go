package hub

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progressInterval bounds how often ProgressBar redraws.
const progressInterval = 100 * time.Millisecond

// ProgressBar returns a progress function for WithProgress that draws a
// one-line bar on w (meant for a terminal: it redraws with '\r'), at most
// every 100ms, plus a final line with a newline when done reaches total.
func ProgressBar(w io.Writer) func(done, total int64) {
	var (
		mu        sync.Mutex
		start     time.Time
		startDone int64
		last      time.Time
		finished  bool
	)
	return func(done, total int64) {
		mu.Lock()
		defer mu.Unlock()
		now := time.Now()
		if start.IsZero() {
			start, startDone = now, done
		}
		complete := total >= 0 && done >= total
		if complete {
			if finished {
				return
			}
			finished = true
		} else if now.Sub(last) < progressInterval {
			return
		}
		last = now
		var rate float64
		if el := now.Sub(start).Seconds(); el > 0 {
			rate = float64(done-startDone) / el
		}
		line := progressLine(done, total, rate)
		if complete {
			line += "\n"
		}
		_, _ = io.WriteString(w, "\r"+line)
	}
}

// progressLine formats one bar: "[=====>    ]  45.2%  540.1 MiB / 1.2 GiB  12.3 MiB/s".
func progressLine(done, total int64, rate float64) string {
	const width = 30
	var b strings.Builder
	if total > 0 {
		frac := min(float64(done)/float64(total), 1)
		fill := int(frac * width)
		b.WriteByte('[')
		b.WriteString(strings.Repeat("=", fill))
		if fill < width {
			b.WriteByte('>')
			b.WriteString(strings.Repeat(" ", width-fill-1))
		}
		fmt.Fprintf(&b, "] %5.1f%%  %s / %s", 100*frac, formatBytes(float64(done)), formatBytes(float64(total)))
	} else {
		b.WriteString(formatBytes(float64(done)))
	}
	if rate > 0 {
		fmt.Fprintf(&b, "  %s/s", formatBytes(rate))
	}
	b.WriteString("   ") // covers the tail of a longer previous line
	return b.String()
}

// formatBytes formats n with a binary unit.
func formatBytes(n float64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB"}
	i := 0
	for n >= 1024 && i < len(units)-1 {
		n /= 1024
		i++
	}
	if i == 0 {
		return fmt.Sprintf("%.0f %s", n, units[i])
	}
	return fmt.Sprintf("%.1f %s", n, units[i])
}
