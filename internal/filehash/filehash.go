// Package filehash hashes files in chunks, checking a context between
// chunks so that hashing a multi-gigabyte model can be cancelled.
package filehash

import (
	"context"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
)

// chunk is the read size: large enough that syscalls do not dominate,
// small enough that cancellation is noticed within milliseconds.
const chunk = 4 << 20

// Sum writes the file at path into h (after whatever the caller already
// wrote into it) and returns the hex digest. It returns ctx.Err() when ctx
// ends first.
func Sum(ctx context.Context, path string, h hash.Hash) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	buf := make([]byte, chunk)
	for {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		n, err := f.Read(buf)
		h.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", fmt.Errorf("hashing %s: %w", path, err)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
