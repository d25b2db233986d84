//go:build !amd64

package cpu

// q2SumsSIMD: no assembly outside amd64.
func q2SumsSIMD() (q2SumsFunc, string) { return nil, "" }
