package grammar

import (
	"fmt"
	"strconv"
	"strings"
)

// digitRange returns a GBNF expression for the decimal numbers with no
// leading zeros in [lo, hi], 0 <= lo <= hi, given as digit strings.
func digitRange(lo, hi string) string {
	var alts []string
	for n := len(lo); n <= len(hi); n++ {
		a, b := lo, hi
		if n > len(lo) {
			a = "1" + strings.Repeat("0", n-1)
		}
		if n < len(hi) {
			b = strings.Repeat("9", n)
		}
		alts = append(alts, sameLength(a, b))
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return "(" + strings.Join(alts, " | ") + ")"
}

// sameLength is the GBNF for the digit strings of len(a) in [a, b].
func sameLength(a, b string) string {
	if len(a) == 0 {
		return `""`
	}
	if a[0] == b[0] {
		rest := sameLength(a[1:], b[1:])
		if rest == `""` {
			return gbnfLiteral(a[:1])
		}
		return gbnfLiteral(a[:1]) + " " + rest
	}
	n := len(a) - 1
	nines, zeros := strings.Repeat("9", n), strings.Repeat("0", n)
	var alts []string
	join := func(head, tail string) string {
		if tail == `""` {
			return head
		}
		return head + " " + tail
	}
	if a[1:] == zeros && b[1:] == nines {
		return join(fmt.Sprintf("[%c-%c]", a[0], b[0]), anyDigits(n))
	}
	alts = append(alts, join(gbnfLiteral(a[:1]), sameLength(a[1:], nines)))
	if b[0]-a[0] > 1 {
		alts = append(alts, join(fmt.Sprintf("[%c-%c]", a[0]+1, b[0]-1), anyDigits(n)))
	}
	alts = append(alts, join(gbnfLiteral(b[:1]), sameLength(zeros, b[1:])))
	return "(" + strings.Join(alts, " | ") + ")"
}

func anyDigits(n int) string {
	switch n {
	case 0:
		return `""`
	case 1:
		return "[0-9]"
	}
	return fmt.Sprintf("[0-9]{%d}", n)
}

// intRange is a GBNF expression for the integers in [lo, hi]; hasLo/hasHi
// say which bounds exist. Without a bound the range stops at 16 digits, as
// the plain integer grammar does.
func intRange(lo, hi int64, hasLo, hasHi bool) string {
	const limit = 9999999999999999 // 16 digits
	if !hasLo || lo < -limit {
		lo = -limit
	}
	if !hasHi || hi > limit {
		hi = limit
	}
	var alts []string
	if lo < 0 {
		// Negative part: "-" then magnitudes in [max(1, -hi), -lo].
		mlo := int64(1)
		if hi < 0 {
			mlo = -hi
		}
		alts = append(alts, `"-" `+digitRange(strconv.FormatInt(mlo, 10), strconv.FormatInt(-lo, 10)))
	}
	if hi >= 0 {
		plo := max(lo, 0)
		alts = append(alts, digitRange(strconv.FormatInt(plo, 10), strconv.FormatInt(hi, 10)))
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return "(" + strings.Join(alts, " | ") + ")"
}

// numberRange is a GBNF expression for the JSON numbers (no exponent) in
// [lo, hi] with integer bounds: integers in range, or an integer part k with
// a fraction whose whole value stays inside.
func numberRange(lo, hi int64, hasLo, hasHi bool) string {
	const limit = 9999999999999999
	if !hasLo || lo < -limit {
		lo = -limit
	}
	if !hasHi || hi > limit {
		hi = limit
	}
	frac := `"." [0-9]{1,16}`
	alts := []string{intRange(lo, hi, true, true)}
	// k.f >= 0 lies in [k, k+1): needs lo <= k and k+1 <= hi.
	if klo, khi := max(lo, 0), hi-1; klo <= khi {
		alts = append(alts, digitRange(strconv.FormatInt(klo, 10), strconv.FormatInt(khi, 10))+" "+frac)
	}
	// -k.f lies in (-(k+1), -k]: needs lo <= -(k+1) and -k <= hi.
	if klo, khi := max(-hi, 0), -lo-1; klo <= khi {
		alts = append(alts, `"-" `+digitRange(strconv.FormatInt(klo, 10), strconv.FormatInt(khi, 10))+" "+frac)
	}
	return "(" + strings.Join(alts, " | ") + ")"
}
