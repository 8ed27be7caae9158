// Dim, Max and Min, with IEEE 754's ordering of the special values: an
// infinity wins over NaN, NaN wins over numbers, and -0 < +0.

package math

// Dim returns the maximum of x-y or 0.
//
// Dim(+Inf, +Inf) = NaN; Dim(-Inf, -Inf) = NaN; Dim(x, NaN) = Dim(NaN, x) = NaN.
func Dim(x, y float64) float64 {
	d := x - y
	if d <= 0 {
		return 0
	}
	return d // d > 0 or NaN
}

// Max returns the larger of x or y.
//
// Max(x, +Inf) = Max(+Inf, x) = +Inf; Max(x, NaN) = Max(NaN, x) = NaN;
// Max(+0, ±0) = Max(±0, +0) = +0; Max(-0, -0) = -0.
func Max(x, y float64) float64 {
	if IsInf(x, 1) || IsInf(y, 1) {
		return Inf(1)
	}
	if x != x || y != y {
		return NaN()
	}
	if x == 0 && y == 0 {
		if Signbit(x) {
			return y
		}
		return x
	}
	if y > x {
		return y
	}
	return x
}

// Min returns the smaller of x or y.
//
// Min(x, -Inf) = Min(-Inf, x) = -Inf; Min(x, NaN) = Min(NaN, x) = NaN;
// Min(-0, ±0) = Min(±0, -0) = -0; Min(+0, +0) = +0.
func Min(x, y float64) float64 {
	if IsInf(x, -1) || IsInf(y, -1) {
		return Inf(-1)
	}
	if x != x || y != y {
		return NaN()
	}
	if x == 0 && y == 0 {
		if Signbit(x) {
			return x
		}
		return y
	}
	if y < x {
		return y
	}
	return x
}
