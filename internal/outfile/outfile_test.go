package outfile

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	regular := filepath.Join(dir, "old.gguf")
	if err := os.WriteFile(regular, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		path       string
		notRegular bool
		ok         bool
	}{
		{filepath.Join(dir, "new.gguf"), false, true},
		{regular, false, true},
		{fifo, true, false},
		{dir, true, false},
		{"/dev/null", true, false},
		{filepath.Join(dir, "missing", "x.gguf"), false, false},
		{filepath.Join(regular, "x.gguf"), false, false},
	} {
		err := Check(tc.path)
		if tc.ok != (err == nil) {
			t.Errorf("Check(%s) = %v, want ok=%v", tc.path, err, tc.ok)
		}
		if got := errors.Is(err, ErrNotRegular); got != tc.notRegular {
			t.Errorf("Check(%s) = %v: errors.Is(ErrNotRegular) = %v, want %v", tc.path, err, got, tc.notRegular)
		}
	}
	if st, err := os.Stat(fifo); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO changed: %v %v", st, err)
	}
	// The check leaves nothing behind.
	ents, err := os.ReadDir(dir)
	if err != nil || len(ents) != 2 {
		t.Errorf("dir holds %d entries (%v), want 2", len(ents), err)
	}
	if err := CheckDir(dir); err != nil {
		t.Error(err)
	}
	if err := CheckDir(regular); err == nil {
		t.Error("CheckDir of a file succeeded")
	}
}
