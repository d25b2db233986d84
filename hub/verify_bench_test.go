package hub

import (
	"context"
	"crypto/rand"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// BenchmarkCacheHit measures what a cache hit costs in each VerifyMode: a
// few stat calls for VerifyStat, a sha256 of the whole file for VerifyFull.
// The file is 64 MiB unless $BITNET_HUB_BENCH_BYTES says otherwise (the
// README's figures used 1200000000, the size of the 2B model).
func BenchmarkCacheHit(b *testing.B) {
	size := int64(64 << 20)
	if s := os.Getenv("BITNET_HUB_BENCH_BYTES"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n <= 0 {
			b.Fatalf("BITNET_HUB_BENCH_BYTES=%q: want a positive byte count", s)
		}
		size = n
	}
	dir := b.TempDir()
	ref := Ref{Owner: "o", Repo: "r", Revision: DefaultRevision, Path: "weights.bin"} // not .gguf: random bytes are not GGUF
	c := NewClient(WithCacheDir(dir), WithOffline(true))
	dst, err := c.localPath(ref)
	if err != nil {
		b.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		b.Fatal(err)
	}
	fh, err := os.Create(dst)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.CopyN(fh, rand.Reader, size); err != nil {
		b.Fatal(err)
	}
	if err := fh.Close(); err != nil {
		b.Fatal(err)
	}
	if ok, err := c.adopt(context.Background(), ref, dst, remoteFile{size: size}); err != nil || !ok {
		b.Fatalf("adopt: %v %v", ok, err)
	}
	for _, m := range []struct {
		name string
		mode VerifyMode
	}{{"stat", VerifyStat}, {"full", VerifyFull}} {
		b.Run(m.name, func(b *testing.B) {
			c := NewClient(WithCacheDir(dir), WithOffline(true), WithVerify(m.mode))
			b.SetBytes(size)
			for b.Loop() {
				if _, err := c.Pull(context.Background(), ref); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
