// Pow by binary powering. y is split into an integer part yi and a
// fraction |yf| <= 1/2; x**yf comes from Exp(yf·Log x), and x**yi is built
// by repeated squaring on the Frexp decomposition of x, keeping the
// fraction in [1/2, 1) and the binary exponent in a separate int so that
// intermediate products neither overflow nor underflow. One Ldexp at the
// end applies the exponent. This is the scheme of gc's pow.go; its
// rounding steps are kept, since results must agree with gc's bit for bit.

package math

// isOddInt reports whether x is an odd integer (every float64 from 2**53
// up is even).
func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false
	}
	i, frac := Modf(x)
	return frac == 0 && int64(i)&1 == 1
}

// Pow returns x**y, the base-x exponential of y.
//
// Special cases are (in order):
//
//	Pow(x, ±0) = 1 for any x
//	Pow(1, y) = 1 for any y
//	Pow(x, 1) = x for any x
//	Pow(NaN, y) = NaN
//	Pow(x, NaN) = NaN
//	Pow(±0, y) = ±Inf for y an odd integer < 0
//	Pow(±0, -Inf) = +Inf
//	Pow(±0, +Inf) = +0
//	Pow(±0, y) = +Inf for finite y < 0 and not an odd integer
//	Pow(±0, y) = ±0 for y an odd integer > 0
//	Pow(±0, y) = +0 for finite y > 0 and not an odd integer
//	Pow(-1, ±Inf) = 1
//	Pow(x, +Inf) = +Inf for |x| > 1
//	Pow(x, -Inf) = +0 for |x| > 1
//	Pow(x, +Inf) = +0 for |x| < 1
//	Pow(x, -Inf) = +Inf for |x| < 1
//	Pow(+Inf, y) = +Inf for y > 0
//	Pow(+Inf, y) = +0 for y < 0
//	Pow(-Inf, y) = Pow(-0, -y)
//	Pow(x, y) = NaN for finite x < 0 and finite non-integer y
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case x != x || y != y:
		return NaN()
	case x == 0:
		oddNeg := Signbit(x) && isOddInt(y)
		if y < 0 {
			if oddNeg {
				return Inf(-1)
			}
			return Inf(1)
		}
		if oddNeg {
			return x
		}
		return 0
	case IsInf(y, 0):
		if x == -1 {
			return 1
		}
		if (Abs(x) < 1) == (y > 0) {
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if x < 0 {
			return Pow(1/x, -y) // -0 to the power -y
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}

	yi, yf := Modf(Abs(y))
	if yf != 0 && x < 0 {
		return NaN()
	}
	if yi >= 1<<63 {
		// y is a huge even integer: only |x| against 1 matters.
		if x == -1 {
			return 1
		}
		if (Abs(x) < 1) == (y > 0) {
			return 0
		}
		return Inf(1)
	}

	// Result so far: acc × 2**accExp.
	acc, accExp := 1.0, 0
	if yf != 0 {
		if yf > 0.5 { // use a negative fraction instead
			yf--
			yi++
		}
		acc = Exp(yf * Log(x))
	}

	base, baseExp := Frexp(x) // x = base × 2**baseExp, |base| in [1/2, 1)
	for n := int64(yi); n != 0; n >>= 1 {
		if baseExp < -1<<12 || baseExp > 1<<12 {
			// The exponent alone already over- or underflows; the
			// final Ldexp gives 0 or ±Inf.
			accExp += baseExp
			break
		}
		if n&1 == 1 {
			acc *= base
			accExp += baseExp
		}
		base *= base
		baseExp <<= 1
		if base < .5 {
			base += base
			baseExp--
		}
	}

	if y < 0 {
		acc = 1 / acc
		accExp = -accExp
	}
	return Ldexp(acc, accExp)
}
