package filehash

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestSum(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f")
	// Longer than one chunk, so the loop runs more than once.
	data := make([]byte, chunk+12345)
	for i := range data {
		data[i] = byte(i * 7)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	want := sha256.Sum256(data)
	got, err := Sum(context.Background(), path, sha256.New())
	if err != nil {
		t.Fatal(err)
	}
	if got != hex.EncodeToString(want[:]) {
		t.Fatalf("got %s, want %x", got, want)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Sum(ctx, path, sha256.New()); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: got %v", err)
	}
	if _, err := Sum(context.Background(), filepath.Join(dir, "missing"), sha256.New()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: got %v", err)
	}
}
