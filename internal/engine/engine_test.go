package engine

import "testing"

func TestNumericModes(t *testing.T) {
	for _, m := range []NumericMode{Exact, BitNetCpp, BitNetCppAVX2} {
		got, err := ParseNumericMode(m.String())
		if err != nil || got != m {
			t.Fatalf("ParseNumericMode(%q) = %v, %v; want %v", m.String(), got, err, m)
		}
	}
	if Exact.BitNetCppFamily() || !BitNetCpp.BitNetCppFamily() || !BitNetCppAVX2.BitNetCppFamily() {
		t.Fatal("BitNetCppFamily: want false for exact, true for bitnetcpp and bitnetcpp-avx2")
	}
	if _, err := ParseNumericMode("bitnetcpp-avx512"); err == nil {
		t.Fatal("ParseNumericMode accepted an unknown mode")
	}
}
