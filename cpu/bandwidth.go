package cpu

import (
	"context"
	"encoding/binary"
	"fmt"
	"sync"
	"time"
)

// MeasureReadBandwidth returns the machine's sustained read bandwidth in
// bytes per second: threads goroutines each read their share of a size-byte
// buffer (allocated and touched first, so it is resident) with 32-byte
// loads; the best of passes runs is kept. Decode speed is bounded by this
// divided by the bytes one token reads. size should be well above the last
// level cache (256 MiB or more).
func MeasureReadBandwidth(ctx context.Context, size int64, threads, passes int) (float64, error) {
	if size < 1<<20 || threads < 1 || passes < 1 {
		return 0, fmt.Errorf("cpu: bandwidth probe: size %d, threads %d, passes %d", size, threads, passes)
	}
	size = size &^ (int64(256*threads) - 1)
	buf := make([]byte, size)
	for i := 0; i < len(buf); i += 4096 {
		buf[i] = byte(i >> 12)
	}
	per := int(size) / threads
	var sink [64]uint64
	best := time.Duration(1 << 62)
	for p := 0; p < passes; p++ {
		if err := ctx.Err(); err != nil {
			return 0, err
		}
		var wg sync.WaitGroup
		start := time.Now()
		for t := 0; t < threads; t++ {
			wg.Add(1)
			go func(t int) {
				defer wg.Done()
				sink[t%len(sink)] ^= readBytes(buf[t*per : (t+1)*per])
			}(t)
		}
		wg.Wait()
		best = min(best, time.Since(start))
	}
	_ = sink
	return float64(size) / best.Seconds(), nil
}

// readBytesGo is the portable readBytes.
func readBytesGo(b []byte) uint64 {
	var a, c uint64
	for i := 0; i+16 <= len(b); i += 16 {
		a ^= binary.LittleEndian.Uint64(b[i:])
		c ^= binary.LittleEndian.Uint64(b[i+8:])
	}
	return a ^ c
}
