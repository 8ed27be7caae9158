// Inverse hyperbolic functions: Asinh, Acosh and Atanh.
//
// FreeBSD msun's s_asinh.c, e_acosh.c and e_atanh.c (as gc's are): each is
// a logarithm of an algebraic form chosen by the size of x to avoid
// cancellation (Log1p near zero, Log(x)+Ln2 for huge x), with the same
// operations in the same order so that results agree with gc's bit for bit.

package math

// Asinh returns the inverse hyperbolic sine of x.
//
// Asinh(±0) = ±0; Asinh(±Inf) = ±Inf; Asinh(NaN) = NaN.
func Asinh(x float64) float64 {
	const (
		ln2      = 6.93147180559945286227e-01 // 0x3FE62E42FEFA39EF
		nearZero = 1.0 / (1 << 28)            // 2**-28
		large    = 1 << 28                    // 2**28
	)
	if IsNaN(x) || IsInf(x, 0) {
		return x
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x > large:
		r = Log(x) + ln2
	case x > 2:
		r = Log(2*x + 1/(Sqrt(x*x+1)+x))
	case x < nearZero:
		r = x
	default:
		r = Log1p(x + x*x/(1+Sqrt(1+x*x)))
	}
	if neg {
		r = -r
	}
	return r
}

// Acosh returns the inverse hyperbolic cosine of x.
//
// Acosh(+Inf) = +Inf; Acosh(x) = NaN if x < 1; Acosh(NaN) = NaN.
func Acosh(x float64) float64 {
	const large = 1 << 28 // 2**28
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x >= large:
		return Log(x) + Ln2
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x.
//
// Atanh(1) = +Inf; Atanh(±0) = ±0; Atanh(-1) = -Inf; Atanh(x) = NaN if
// x < -1 or x > 1; Atanh(NaN) = NaN.
func Atanh(x float64) float64 {
	const nearZero = 1.0 / (1 << 28) // 2**-28
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var r float64
	switch {
	case x < nearZero:
		r = x
	case x < 0.5:
		r = x + x
		r = 0.5 * Log1p(r+r*x/(1-x))
	default:
		r = 0.5 * Log1p((x+x)/(1-x))
	}
	if neg {
		r = -r
	}
	return r
}
