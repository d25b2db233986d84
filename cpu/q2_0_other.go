//go:build !amd64

package cpu

// q2DotSIMD: no assembly outside amd64.
func q2DotSIMD() q2DotFunc { return nil }
