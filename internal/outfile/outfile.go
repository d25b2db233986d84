// Package outfile checks, before any work is done, that a path can take an
// output file that the program writes through a temporary file renamed over
// it.
package outfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ErrNotRegular is returned (wrapped) by Check for a path that exists and is
// not a regular file: renaming a new file over a device such as /dev/full,
// a pipe or a socket would replace it (as root, even a device node in /dev),
// and a directory cannot be replaced.
var ErrNotRegular = errors.New("exists and is not a regular file")

// Check reports whether path can take an output file: it must not exist or be
// a regular file (a symbolic link is followed), and its directory must exist
// and accept a new file. It creates and removes an empty temporary file in
// that directory to find out, so a run that would fail only when it writes
// its result (after minutes of work) fails at once instead.
func Check(path string) error {
	if path == "" {
		return errors.New("outfile: empty path")
	}
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return fmt.Errorf("%s %w (%s): refusing to replace it", path, ErrNotRegular, kind(st.Mode()))
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("cannot write %s: folder %s does not exist", path, dir)
		}
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("cannot write %s: %s is not a folder", path, dir)
	}
	f, err := os.CreateTemp(dir, ".outfile-check-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	name := f.Name()
	return errors.Join(f.Close(), os.Remove(name))
}

// CheckDir reports whether dir is an existing folder that accepts new files
// (for outputs such as one receipt per request).
func CheckDir(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("cannot write into %s: %w", dir, err)
	}
	if !st.IsDir() {
		return fmt.Errorf("cannot write into %s: not a folder", dir)
	}
	f, err := os.CreateTemp(dir, ".outfile-check-*")
	if err != nil {
		return fmt.Errorf("cannot write into %s: %w", dir, err)
	}
	name := f.Name()
	return errors.Join(f.Close(), os.Remove(name))
}

func kind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&os.ModeCharDevice != 0:
		return "a character device"
	case m&os.ModeDevice != 0:
		return "a block device"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe"
	case m&os.ModeSocket != 0:
		return "a socket"
	}
	return "mode " + m.String()
}
