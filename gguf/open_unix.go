//go:build unix

package gguf

import (
	"os"
	"syscall"
)

// openFile opens path for reading without blocking: if a FIFO replaced the
// regular file since it was checked, the open returns at once (where a
// blocking open would wait for a writer) and the Stat of the descriptor
// refuses it. O_NONBLOCK changes nothing for a regular file's reads.
func openFile(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
