// Floating-point remainders: Mod (C's fmod) and Remainder (IEEE 754's).
//
// Both results are exact (representable, no rounding), so they are
// computed on the integer significands: with x = mx·2**ex and y = my·2**ey,
// x mod y is ((mx·2**(ex-ey)) mod my)·2**ey, reduced a few bits at a time.
// Remainder then moves the result into [-|y|/2, |y|/2] as FreeBSD msun's
// e_remainder.c does.

package math

// intSignificand returns m and e with |a| = m × 2**e, m the integer
// significand (below 2**53), for finite non-zero a.
func intSignificand(a float64) (m uint64, e int) {
	b := Float64bits(a)
	field := int(b >> shift & mask)
	m = b & fracMask
	if field == 0 { // subnormal
		return m, 1 - bias - shift
	}
	return m | 1<<shift, field - bias - shift
}

// Mod returns the floating-point remainder of x/y. The magnitude of the
// result is less than y and its sign agrees with that of x.
//
// Mod(±Inf, y) = NaN; Mod(NaN, y) = NaN; Mod(x, 0) = NaN;
// Mod(x, ±Inf) = x; Mod(x, NaN) = NaN.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || x != x || y != y {
		return NaN()
	}
	if !(Abs(x) >= Abs(y)) { // also y = ±Inf
		return x
	}
	mx, ex := intSignificand(x)
	my, ey := intSignificand(y)
	r := mx % my
	for ex > ey && r != 0 {
		// r < my < 2**53 leaves room for 11 more bits.
		step := ex - ey
		if step > 11 {
			step = 11
		}
		r = r << uint(step) % my
		ex -= step
	}
	if r == 0 {
		return Copysign(0, x)
	}
	return Copysign(Ldexp(float64(r), ey), x)
}

// Remainder returns the IEEE 754 floating-point remainder of x/y: x - n·y
// with n the integer nearest x/y (ties to even).
//
// Remainder(±Inf, y) = NaN; Remainder(NaN, y) = NaN; Remainder(x, 0) = NaN;
// Remainder(x, ±Inf) = x; Remainder(x, NaN) = NaN.
func Remainder(x, y float64) float64 {
	const (
		tiny    = 4.45014771701440276618e-308 // 2**-1021
		halfMax = MaxFloat64 / 2
	)
	switch {
	case x != x || y != y || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	// (Not Abs: a -0 dividend keeps its sign all the way through.)
	negative := x < 0
	if negative {
		x = -x
	}
	if y < 0 {
		y = -y
	}
	if x == y {
		if negative {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= halfMax {
		x = Mod(x, y+y) // x < 2y
	}
	// Subtract y once or twice to land in [-y/2, y/2]; near the bottom of
	// the range y/2 would be inexact, so compare 2x with y instead.
	if y < tiny {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		half := 0.5 * y
		if x > half {
			x -= y
			if x >= half {
				x -= y
			}
		}
	}
	if negative {
		x = -x
	}
	return x
}
