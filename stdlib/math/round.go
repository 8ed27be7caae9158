// Rounding to integers by editing the IEEE 754 bits: with unbiased
// exponent e (0 <= e < 52), the low 52-e bits of the significand are the
// fraction; adding half of its range (with carry into the exponent) and
// clearing it rounds the magnitude. These functions are exact, so any
// correct method agrees with gc.

package math

// unbiasedExp is the exponent field of b minus the bias (1024 for Inf and
// NaN, -1023 for zeros and subnormals).
func unbiasedExp(b uint64) int {
	return int(b>>shift&mask) - bias
}

// Round returns the nearest integer, rounding half away from zero.
//
// Round(±0) = ±0; Round(±Inf) = ±Inf; Round(NaN) = NaN.
func Round(x float64) float64 {
	b := Float64bits(x)
	e := unbiasedExp(b)
	switch {
	case e >= shift: // already an integer, or Inf or NaN
		return x
	case e == -1: // 0.5 <= |x| < 1
		return Float64frombits(b&signMask | uvone)
	case e < -1: // |x| < 0.5
		return Float64frombits(b & signMask)
	}
	fraction := uint64(fracMask) >> uint(e)
	b += (fraction + 1) >> 1
	return Float64frombits(b &^ fraction)
}

// RoundToEven returns the nearest integer, rounding ties to even.
//
// RoundToEven(±0) = ±0; RoundToEven(±Inf) = ±Inf; RoundToEven(NaN) = NaN.
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := unbiasedExp(b)
	switch {
	case e >= shift:
		return x
	case e == -1: // 0.5 <= |x| < 1: exactly one half goes to zero
		if b&fracMask == 0 {
			return Float64frombits(b & signMask)
		}
		return Float64frombits(b&signMask | uvone)
	case e < -1:
		return Float64frombits(b & signMask)
	}
	fraction := uint64(fracMask) >> uint(e)
	half := (fraction + 1) >> 1
	lowestIntBit := b >> uint(shift-e) & 1
	// Below half never carries, above always does; exactly half carries
	// only when the integer part is odd.
	b += half - 1 + lowestIntBit
	return Float64frombits(b &^ fraction)
}

// Modf returns integer and fractional floating-point numbers that sum to f.
// Both values have the same sign as f.
//
// Modf(±Inf) = ±Inf, NaN; Modf(NaN) = NaN, NaN.
func Modf(f float64) (integer float64, fractional float64) {
	integer = Trunc(f)
	fractional = Copysign(f-integer, f)
	return
}
