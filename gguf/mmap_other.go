//go:build !unix

package gguf

import (
	"errors"
	"os"
)

var errNoMmap = errors.New("memory mapping is not supported on this platform; use LoadRAM")

func mapFile(*os.File, int) ([]byte, func() error, error) { return nil, nil, errNoMmap }

// anonRegion falls back to the Go heap where there is no mmap.
func anonRegion(size int, _ bool) ([]byte, func() error, error) {
	return make([]byte, size), func() error { return nil }, nil
}

func protectReadOnly([]byte) error { return nil }
func dropPages([]byte) error       { return nil }
func adviseHugePages([]byte) error { return nil }
func lockMemory([]byte) error      { return errors.New("mlock is not supported on this platform") }
