//go:build unix && !linux

package gguf

// adviseHugePages is a no-op: MADV_HUGEPAGE is Linux-only.
func adviseHugePages([]byte) error { return nil }
