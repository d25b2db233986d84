package hub

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProgressBarRateLimits(t *testing.T) {
	var buf bytes.Buffer
	bar := ProgressBar(&buf)
	const total = 10 << 20
	for i := int64(0); i < total; i += 1 << 10 {
		bar(i, total) // 10240 calls in well under 100ms
	}
	bar(total, total)
	bar(total, total) // a repeated final call draws nothing
	out := buf.String()
	draws := strings.Count(out, "\r")
	assert.GreaterOrEqual(t, draws, 2)
	assert.Less(t, draws, 100, "redraws must be rate-limited")
	assert.True(t, strings.HasSuffix(out, "\n"))
	last := out[strings.LastIndex(out, "\r")+1:]
	assert.Contains(t, last, "100.0%")
	assert.Contains(t, last, "10.0 MiB / 10.0 MiB")
	assert.Contains(t, last, "["+strings.Repeat("=", 30)+"]")

	// After the interval, a redraw happens.
	buf.Reset()
	bar2 := ProgressBar(&buf)
	bar2(1, 100)
	time.Sleep(110 * time.Millisecond)
	bar2(50, 100)
	assert.Equal(t, 2, strings.Count(buf.String(), "\r"))
	assert.Contains(t, buf.String(), " 50.0%")
}

func TestProgressLineUnknownTotal(t *testing.T) {
	assert.Equal(t, "1.5 KiB   ", progressLine(1536, -1, 0))
	assert.Contains(t, progressLine(5, 10, 2048), "2.0 KiB/s")
}

func TestFormatBytes(t *testing.T) {
	for in, want := range map[float64]string{0: "0 B", 1023: "1023 B", 1024: "1.0 KiB", 1.19e9: "1.1 GiB", 1 << 50: "1024.0 TiB"} {
		assert.Equal(t, want, formatBytes(in), "%v", in)
	}
}

func TestParseContentRange(t *testing.T) {
	for _, tc := range []struct {
		in               string
		start, end, size int64
		ok               bool
	}{
		{"bytes 0-99/100", 0, 99, 100, true},
		{"bytes 5-9/*", 5, 9, -1, true},
		{"bytes */100", -1, -1, 100, true},
		{"bytes */*", 0, 0, 0, false},
		{"bytes 5-4/100", 0, 0, 0, false},
		{"bytes 0-100/100", 0, 0, 0, false},
		{"bytes -1-5/100", 0, 0, 0, false},
		{"items 0-1/2", 0, 0, 0, false},
		{"bytes 0-1", 0, 0, 0, false},
		{"", 0, 0, 0, false},
	} {
		s, e, n, ok := parseContentRange(tc.in)
		require.Equal(t, tc.ok, ok, tc.in)
		if ok {
			assert.Equal(t, [3]int64{tc.start, tc.end, tc.size}, [3]int64{s, e, n}, tc.in)
		}
	}
}

func FuzzParseContentRange(f *testing.F) {
	for _, s := range []string{"bytes 0-99/100", "bytes */100", "bytes 1-2/*", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		start, end, size, ok := parseContentRange(s)
		if !ok {
			return
		}
		if start >= 0 {
			require.LessOrEqual(t, start, end)
			if size >= 0 {
				require.Less(t, end, size)
			}
		} else {
			require.GreaterOrEqual(t, size, int64(0))
		}
	})
}

func TestUnquoteETag(t *testing.T) {
	assert.Equal(t, "abc", unquoteETag(`W/"ABC"`))
	assert.Equal(t, "abc", unquoteETag(` "abc" `))
	assert.True(t, isHex(strings.Repeat("aF", 32), 64))
	assert.False(t, isHex(strings.Repeat("g", 64), 64))
}
