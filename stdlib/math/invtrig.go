// Inverse circular functions: Atan, Asin, Acos and Atan2, from Cephes
// (atan.c, asin.c by Stephen L. Moshier).
//
// Atan reduces x >= 0 to [0, 0.66] with
//
//	atan x = π/2 - atan(1/x)             for x > tan(3π/8),
//	atan x = π/4 + atan((x-1)/(x+1))     for 0.66 < x <= tan(3π/8),
//
// adding back the bits of π/2 that float64 drops (piOver2Lo), and
// evaluates atan z ≈ z + z³·P(z²)/Q(z²) there. Asin and Acos are arctangents
// of x/√(1-x²).

package math

// atanKernel is Cephes' rational approximation of atan z for
// 0 <= z <= 0.66.
func atanKernel(z float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	zz := z * z
	r := zz * ((((p0*zz+p1)*zz+p2)*zz+p3)*zz + p4) / (((((zz+q0)*zz+q1)*zz+q2)*zz+q3)*zz + q4)
	return z*r + z
}

// atanNonNeg is atan x for x >= 0, after Cephes' range reduction.
func atanNonNeg(x float64) float64 {
	const (
		piOver2Lo = 6.123233995736765886130e-17 // π/2 - float64(π/2)
		tan3Pi8   = 2.41421356237309504880      // tan(3π/8) = 1+√2
	)
	switch {
	case x <= 0.66:
		return atanKernel(x)
	case x > tan3Pi8:
		return Pi/2 - atanKernel(1/x) + piOver2Lo
	}
	return Pi/4 + atanKernel((x-1)/(x+1)) + 0.5*piOver2Lo
}

// Atan returns the arctangent, in radians, of x.
//
// Atan(±0) = ±0; Atan(±Inf) = ±π/2.
func Atan(x float64) float64 {
	switch {
	case x == 0:
		return x
	case x > 0:
		return atanNonNeg(x)
	}
	return -atanNonNeg(-x) // also NaN
}

// Asin returns the arcsine, in radians, of x.
//
// Asin(±0) = ±0; Asin(x) = NaN if x < -1 or x > 1.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	ax := Abs(x)
	if ax > 1 {
		return NaN()
	}
	c := Sqrt(1 - ax*ax) // cos(asin ax)
	var a float64
	if ax > 0.7 { // better conditioned through the complement
		a = Pi/2 - atanNonNeg(c/ax)
	} else {
		a = atanNonNeg(ax / c)
	}
	if x < 0 {
		a = -a
	}
	return a
}

// Acos returns the arccosine, in radians, of x.
//
// Acos(x) = NaN if x < -1 or x > 1.
func Acos(x float64) float64 {
	return Pi/2 - Asin(x)
}

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant of the return value.
//
// Special cases are (in order):
//
//	Atan2(y, NaN) = NaN
//	Atan2(NaN, x) = NaN
//	Atan2(+0, x>=0) = +0
//	Atan2(-0, x>=0) = -0
//	Atan2(+0, x<=-0) = +π
//	Atan2(-0, x<=-0) = -π
//	Atan2(y>0, 0) = +π/2
//	Atan2(y<0, 0) = -π/2
//	Atan2(+Inf, +Inf) = +π/4
//	Atan2(-Inf, +Inf) = -π/4
//	Atan2(+Inf, -Inf) = 3π/4
//	Atan2(-Inf, -Inf) = -3π/4
//	Atan2(y, +Inf) = 0
//	Atan2(y>0, -Inf) = +π
//	Atan2(y<0, -Inf) = -π
//	Atan2(+Inf, x) = +π/2
//	Atan2(-Inf, x) = -π/2
func Atan2(y, x float64) float64 {
	switch {
	case x != x || y != y:
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 1):
		if IsInf(y, 0) {
			return Copysign(Pi/4, y)
		}
		return Copysign(0, y)
	case IsInf(x, -1):
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	a := Atan(y / x)
	if x < 0 { // quadrants II and III
		if a <= 0 {
			return a + Pi
		}
		return a - Pi
	}
	return a
}
