// This file: complex formatting (FormatComplex), gc's output: the parts
// formatted by FormatFloat at half the bit size, the imaginary part always
// signed, in parentheses with a trailing "i".

package strconv

// FormatComplex converts the complex number c to a string of the form
// (a+bi) where a and b are the real and imaginary parts, formatted
// according to the format fmt and precision prec (as in FormatFloat).
// bitSize is 64 for complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1 // the parts of a complex64 are float32s
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}
