// Binary and decimal scaling: Frexp, Ldexp and Pow10.
//
// Frexp and Ldexp work on the exponent field directly; subnormals are first
// moved into the normal range (Frexp) or built 2**53 too large and brought
// down by one multiplication, so that Ldexp rounds exactly once, as the
// exact product frac × 2**exp correctly rounded.

package math

// Frexp breaks f into a normalized fraction and an integral power of two.
// It returns frac and exp satisfying f == frac × 2**exp, with the absolute
// value of frac in the interval [½, 1).
//
// Frexp(±0) = ±0, 0; Frexp(±Inf) = ±Inf, 0; Frexp(NaN) = NaN, 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || f != f || IsInf(f, 0) {
		return f, 0
	}
	b := Float64bits(f)
	field := int(b >> shift & mask)
	if field == 0 { // subnormal
		b = Float64bits(f * (1 << 54))
		field = int(b>>shift&mask) - 54
	}
	b = b&^(mask<<shift) | (bias-1)<<shift
	return Float64frombits(b), field - (bias - 1)
}

// Ldexp is the inverse of Frexp. It returns frac × 2**exp.
//
// Ldexp(±0, exp) = ±0; Ldexp(±Inf, exp) = ±Inf; Ldexp(NaN, exp) = NaN.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || frac != frac || IsInf(frac, 0) {
		return frac
	}
	m, e := Frexp(frac)
	// frac × 2**exp = (2m) × 2**e with 1 <= |2m| < 2.
	e += exp - 1
	significand := Float64bits(m) &^ (mask << shift)
	switch {
	case e > bias:
		return Copysign(Inf(1), frac)
	case e < -bias-52: // below half the smallest subnormal
		return Copysign(0, frac)
	case e < 1-bias: // subnormal result
		return Float64frombits(significand|uint64(e+53+bias)<<shift) * 0x1p-53
	}
	return Float64frombits(significand | uint64(e+bias)<<shift)
}

// Powers of ten for Pow10: 10**n = tens32[n/32] × tens[n%32] (and the
// quotient of the negative powers), each factor exact or correctly rounded.
var (
	tens = [32]float64{
		1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
		1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
		1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
		1e30, 1e31,
	}
	tens32 = [10]float64{
		1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
	}
	tensMinus32 = [11]float64{
		1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
	}
)

// Pow10 returns 10**n, the base-10 exponential of n.
//
// Pow10(n) = 0 for n < -323; Pow10(n) = +Inf for n > 308.
func Pow10(n int) float64 {
	switch {
	case n >= 0 && n <= 308:
		return tens32[n/32] * tens[n%32]
	case n < 0 && n >= -323:
		return tensMinus32[-n/32] / tens[-n%32]
	case n > 0:
		return Inf(1)
	}
	return 0
}
