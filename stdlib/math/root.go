// Cbrt and Hypot.

package math

// Cbrt returns the cube root of x.
//
// Cbrt(±0) = ±0; Cbrt(±Inf) = ±Inf; Cbrt(NaN) = NaN.
//
// This is FreeBSD msun's s_cbrt.c (Bruce D. Evans): a first approximation
// good to 5 bits from integer division of the bit pattern by 3, one step
// of a rational iteration to 23 bits, rounding that to 32 significant bits
// so that t² is exact, and one Newton step to 53 bits.
func Cbrt(x float64) float64 {
	const (
		b1             = 715094163                   // (682-0.03306235651)·2**20
		b2             = 696219795                   // (664-0.03306235651)·2**20
		c              = 5.42857142857142815906e-01  // 19/35
		d              = -7.05306122448979611050e-01 // -864/1225
		e              = 1.41428571428571436819e+00  // 99/70
		f              = 1.60714285714285720630e+00  // 45/28
		g              = 3.57142857142857150787e-01  // 5/14
		smallestNormal = 2.22507385850720138309e-308 // 2**-1022
	)
	if x == 0 || x != x || IsInf(x, 0) {
		return x
	}
	negative := x < 0
	if negative {
		x = -x
	}
	// Dividing the exponent (with the fraction as a log2 correction) by 3.
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < smallestNormal { // scale subnormals up by 2**54 first
		t = float64(1<<54) * x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	r := t * t / x
	s := c + r*t
	t *= g + f/(s+e+d/s)
	// Round t to 32 bits (away from zero) so that t*t below is exact.
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = t + t*r
	if negative {
		t = -t
	}
	return t
}

// Hypot returns Sqrt(p*p + q*q), taking care to avoid unnecessary overflow
// and underflow.
//
// Hypot(±Inf, q) = +Inf; Hypot(p, ±Inf) = +Inf; Hypot(NaN, q) = NaN;
// Hypot(p, NaN) = NaN.
//
// It is computed as gc's amd64 assembly (hypot_amd64.s) does, without
// rescaling: max·√(1 + (min/max)²).
func Hypot(p, q float64) float64 {
	pb := Float64bits(p) &^ signMask
	qb := Float64bits(q) &^ signMask
	if pb >= uvinf || qb >= uvinf { // an infinity wins over NaN
		if pb == uvinf || qb == uvinf {
			return Inf(1)
		}
		return NaN()
	}
	if pb|qb == 0 {
		return 0
	}
	big, small := Float64frombits(pb), Float64frombits(qb)
	if small > big {
		big, small = small, big
	}
	r := small / big
	return big * Sqrt(r*r+1)
}
