package quant

import "errors"

// Errors returned (wrapped, test with errors.Is) by the encoders and decoders.
var (
	// ErrShape reports a matrix shape the format cannot hold, e.g. a column
	// count that is not a multiple of the format's block size.
	ErrShape = errors.New("quant: invalid shape")
	// ErrSize reports a buffer whose length does not match the shape.
	ErrSize = errors.New("quant: wrong data size")
	// ErrNotTernary reports encoded data holding a value outside {-1, 0, +1}
	// (TQ2_0 code 3, which upstream dequantizes as +2) or a Ternary whose
	// Values are not all -1, 0 or +1.
	ErrNotTernary = errors.New("quant: value is not ternary")
	// ErrScale reports scales a format cannot store, e.g. several different
	// scales for the one-scale I2_S format.
	ErrScale = errors.New("quant: unsupported scales")
)
