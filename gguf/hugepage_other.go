//go:build unix && !linux

package gguf

import "unsafe"

// adviseHugePages is a no-op: MADV_HUGEPAGE is Linux-only.
func adviseHugePages([]byte) error { return nil }

func addrOf(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }
