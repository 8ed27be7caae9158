// Parsing of floating-point numbers.
//
// The syntax (Go's floating-point literal syntax, with underscores only
// after a base prefix, plus case-insensitive "inf", "infinity" and "nan")
// is checked here in Go, in readFloat. Hexadecimal mantissas are converted
// exactly here as well. Decimal strings are handed, with underscores
// removed, to the runtime intrinsic parseDecimal, which rounds correctly
// (Rust's core float parser), matching gc's IEEE round-to-nearest-even.

package strconv

import "math"

// parseDecimal sets *f to the correctly rounded value of the decimal
// floating-point string s (digits, optional '.', optional exponent, optional
// sign) for bitSize 32 or 64, and reports whether s was accepted.
// Overflow yields ±Inf, which the caller reports as ErrRange.
//
//go:noescape
//rgo:runtime rt_parsefloat
func parseDecimal(p string, bitSize int, f *float64) bool

func commonPrefixLenIgnoreCase(s, prefix string) int {
	n := len(prefix)
	if n > len(s) {
		n = len(s)
	}
	for i := 0; i < n; i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return i
		}
	}
	return n
}

// special returns the floating-point value for the special, possibly signed
// representations inf, infinity and NaN, and the length of the prefix of s
// that spells it. The case is ignored.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	nsign := 0
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		nsign = 1
		s = s[1:]
		n := commonPrefixLenIgnoreCase(s, "infinity")
		if 3 < n && n < 8 {
			n = 3
		}
		if n == 3 || n == 8 {
			return math.Inf(sign), nsign + n, true
		}
	case 'i', 'I':
		n := commonPrefixLenIgnoreCase(s, "infinity")
		// Anything longer than "inf" is ok, but if we don't have
		// "infinity", only consume "inf".
		if 3 < n && n < 8 {
			n = 3
		}
		if n == 3 || n == 8 {
			return math.Inf(sign), nsign + n, true
		}
	case 'n', 'N':
		if commonPrefixLenIgnoreCase(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
	}
	return 0, 0, false
}

// readFloat reads a decimal or hexadecimal mantissa and exponent from a
// prefix of s, returning the length i of that prefix. For hexadecimal input
// mantissa holds up to 16 hex digits (trunc reports dropped nonzero digits)
// and exp is the binary exponent to apply to it.
func readFloat(s string) (mantissa uint64, exp int, neg, trunc, hex bool, i int, ok bool) {
	underscores := false
	if i >= len(s) {
		return
	}
	switch s[i] {
	case '+':
		i++
	case '-':
		i++
		neg = true
	}

	base := uint64(10)
	maxMantDigits := 19 // 10^19 fits in uint64
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		maxMantDigits = 16 // 16^16 fits in uint64
		i += 2
		expChar = 'p'
		hex = true
	}
	sawdot := false
	sawdigits := false
	nd := 0
	ndMant := 0
	dp := 0
loop:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawdot {
				break loop
			}
			sawdot = true
			dp = nd
			continue
		case '0' <= c && c <= '9':
			sawdigits = true
			if c == '0' && nd == 0 { // ignore leading zeros
				dp--
				continue
			}
			nd++
			if ndMant < maxMantDigits {
				mantissa *= base
				mantissa += uint64(c - '0')
				ndMant++
			} else if c != '0' {
				trunc = true
			}
			continue
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			sawdigits = true
			nd++
			if ndMant < maxMantDigits {
				mantissa *= 16
				mantissa += uint64(lower(c) - 'a' + 10)
				ndMant++
			} else {
				trunc = true
			}
			continue
		}
		break
	}
	if !sawdigits {
		return
	}
	if !sawdot {
		dp = nd
	}
	if base == 16 {
		dp *= 4
		ndMant *= 4
	}

	// An optional exponent moves the decimal point. A huge exponent is
	// capped: it does not matter exactly how far we move the point.
	if i < len(s) && lower(s[i]) == expChar {
		i++
		if i >= len(s) {
			return
		}
		esign := 1
		switch s[i] {
		case '+':
			i++
		case '-':
			i++
			esign = -1
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 10000 {
				e = e*10 + int(s[i]) - '0'
			}
		}
		dp += e * esign
	} else if base == 16 {
		// A hexadecimal float must have an exponent.
		return
	}
	if mantissa != 0 {
		exp = dp - ndMant
	}
	if underscores && !underscoreOK(s[:i]) {
		return
	}
	ok = true
	return
}

// atofHex converts the hexadecimal mantissa and binary exponent to the
// nearest float of the given size (mantBits 23 or 52), rounding half to even.
func atofHex(mantissa uint64, exp int, neg, trunc bool, mantBits uint, expBits uint, bias int) (float64, bool) {
	maxExp := 1<<expBits + bias - 2
	minExp := bias + 1
	exp += int(mantBits) // mantissa now implicitly divided by 2^mantBits.

	// Bring the mantissa to a leading 1 followed by mantBits bits plus two
	// rounding bits, the lowest of which is sticky.
	for mantissa != 0 && mantissa>>(mantBits+2) == 0 {
		mantissa <<= 1
		exp--
	}
	if trunc {
		mantissa |= 1
	}
	for mantissa>>(1+mantBits+2) != 0 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	// Denormalize a too-negative exponent.
	for mantissa > 1 && exp < minExp-2 {
		mantissa = mantissa>>1 | mantissa&1
		exp++
	}
	round := mantissa & 3
	mantissa >>= 2
	round |= mantissa & 1 // round to even
	exp += 2
	if round == 3 {
		mantissa++
		if mantissa == 1<<(1+mantBits) {
			mantissa >>= 1
			exp++
		}
	}
	if mantissa>>mantBits == 0 { // Denormal or zero.
		exp = bias
	}
	overflow := false
	if exp > maxExp { // infinity and range error
		mantissa = 1 << mantBits
		exp = maxExp + 1
		overflow = true
	}
	bits := mantissa & (1<<mantBits - 1)
	bits |= uint64((exp-bias)&(1<<expBits-1)) << mantBits
	if neg {
		bits |= 1 << mantBits << expBits
	}
	if mantBits == 23 {
		return float64(math.Float32frombits(uint32(bits))), overflow
	}
	return math.Float64frombits(bits), overflow
}

// parseFloatPrefix parses the longest prefix of s that is a floating-point
// number of the given size, returning its value, the prefix length and a
// bare ErrSyntax or ErrRange (the caller wraps it in a *NumError).
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	if val, n, ok := special(s); ok {
		if bitSize == 32 {
			val = float64(float32(val))
		}
		return val, n, nil
	}
	mantissa, exp, neg, trunc, hex, n, ok := readFloat(s)
	if !ok {
		return 0, n, ErrSyntax
	}
	s = s[:n]
	if hex {
		var f float64
		var overflow bool
		if bitSize == 32 {
			f, overflow = atofHex(mantissa, exp, neg, trunc, 23, 8, -127)
		} else {
			f, overflow = atofHex(mantissa, exp, neg, trunc, 52, 11, -1023)
		}
		if overflow {
			return f, n, ErrRange
		}
		return f, n, nil
	}
	clean := s
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			b := make([]byte, 0, len(s))
			for j := 0; j < len(s); j++ {
				if s[j] != '_' {
					b = append(b, s[j])
				}
			}
			clean = string(b)
			break
		}
	}
	if bitSize != 32 {
		bitSize = 64
	}
	var f float64
	if !parseDecimal(clean, bitSize, &f) {
		return 0, n, ErrSyntax
	}
	if math.IsInf(f, 0) {
		return f, n, ErrRange
	}
	return f, n, nil
}

// ParseFloat converts the string s to a floating-point number with the
// precision specified by bitSize: 32 for float32, or 64 for float64. It
// accepts Go's decimal and hexadecimal floating-point literal syntax and
// the strings "NaN", "Inf" and "Infinity" (any case, optionally signed).
// Errors are *NumError: ErrSyntax for malformed input, and ErrRange with
// f = ±Inf when s is beyond the largest float of the size.
func ParseFloat(s string, bitSize int) (float64, error) {
	const fn = "ParseFloat"
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) || err == ErrSyntax {
		return 0, syntaxError(fn, s)
	}
	if err != nil {
		return f, rangeError(fn, s)
	}
	return f, nil
}
