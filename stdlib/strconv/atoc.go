// Parsing of complex numbers (ParseComplex), as gc's: a real part, an
// imaginary part, or both (N, Ni, N±Ni), each a ParseFloat number of the
// component size, optionally in parentheses.

package strconv

// ParseComplex converts the string s to a complex number with the
// precision specified by bitSize: 64 for complex64, or 128 for
// complex128. Errors are *NumError with Func "ParseComplex": ErrSyntax for
// malformed input, ErrRange (with the part ±Inf) when a part is out of
// range.
func ParseComplex(s string, bitSize int) (complex128, error) {
	const fn = "ParseComplex"
	orig := s
	size := 64
	if bitSize == 64 {
		size = 32 // complex64 uses float32 parts
	}

	// Remove parentheses, if any.
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}

	var pending error // pending range error, or nil

	// Read real part (possibly imaginary part if followed by 'i').
	re, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err != ErrRange {
			return 0, syntaxError(fn, orig)
		}
		pending = rangeError(fn, orig)
	}
	s = s[n:]

	// If we have nothing left, we're done.
	if len(s) == 0 {
		return complex(re, 0), pending
	}

	// Otherwise, look at the next character.
	switch s[0] {
	case '+':
		// Consume the '+' to avoid an error if we have "+NaNi", but do
		// this only if we don't have a "++" (don't hide that error).
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
		// ok
	case 'i':
		// If 'i' is the last character, we only have an imaginary part.
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntaxError(fn, orig)
	default:
		return 0, syntaxError(fn, orig)
	}

	// Read imaginary part.
	im, n, err := parseFloatPrefix(s, size)
	if err != nil {
		if err != ErrRange {
			return 0, syntaxError(fn, orig)
		}
		pending = rangeError(fn, orig)
	}
	s = s[n:]
	if s != "i" {
		return 0, syntaxError(fn, orig)
	}
	return complex(re, im), pending
}
