// Hyperbolic functions: Sinh, Cosh and Tanh.
//
// For |x| > 1/2 (Tanh: 0.625) they are formed from Exp; below, from
// Cephes' rational approximations (sinh.c's by Stephen L. Moshier is
// sinh x ≈ x·P(x²)/Q(x²); tanh.c's is tanh x ≈ x + x³·P(x²)/Q(x²)), which
// avoid the cancellation in (e**x - e**-x).

package math

// Sinh returns the hyperbolic sine of x.
//
// Sinh(±0) = ±0; Sinh(±Inf) = ±Inf; Sinh(NaN) = NaN.
func Sinh(x float64) float64 {
	const (
		p0 = -0.6307673640497716991184787251e+6
		p1 = -0.8991272022039509355398013511e+5
		p2 = -0.2894211355989563807284660366e+4
		p3 = -0.2630563213397497062819489e+2
		q0 = -0.6307673640497716991212077277e+6
		q1 = 0.1521517378790019070696485176e+5
		q2 = -0.173678953558233699533450911e+3
	)
	ax := x
	if x < 0 {
		ax = -x
	}
	var s float64
	switch {
	case ax > 21: // e**-x is below the last bit
		s = Exp(ax) * 0.5
	case ax > 0.5:
		ex := Exp(ax)
		s = (ex - 1/ex) * 0.5
	default:
		xx := ax * ax
		s = (((p3*xx+p2)*xx+p1)*xx + p0) * ax
		s = s / (((xx+q2)*xx+q1)*xx + q0)
	}
	if x < 0 {
		s = -s
	}
	return s
}

// Cosh returns the hyperbolic cosine of x.
//
// Cosh(±0) = 1; Cosh(±Inf) = +Inf; Cosh(NaN) = NaN.
func Cosh(x float64) float64 {
	ax := Abs(x)
	ex := Exp(ax)
	if ax > 21 {
		return ex * 0.5
	}
	return (ex + 1/ex) * 0.5
}

// Tanh returns the hyperbolic tangent of x.
//
// Tanh(±0) = ±0; Tanh(±Inf) = ±1; Tanh(NaN) = NaN.
func Tanh(x float64) float64 {
	const (
		maxLog = 8.8029691931113054295988e+01 // ln(2**127), Cephes' MAXLOG
		p0     = -9.64399179425052238628e-1
		p1     = -9.92877231001918586564e1
		p2     = -1.61468768441708447952e3
		q0     = 1.12811678491632931402e2
		q1     = 2.23548839060100448583e3
		q2     = 4.84406305325125486048e3
	)
	ax := Abs(x)
	switch {
	case ax > 0.5*maxLog:
		if x < 0 {
			return -1
		}
		return 1
	case ax >= 0.625:
		t := 1 - 2/(Exp(2*ax)+1)
		if x < 0 {
			t = -t
		}
		return t
	case x == 0:
		return x
	}
	xx := x * x
	return x + x*xx*((p0*xx+p1)*xx+p2)/(((xx+q0)*xx+q1)*xx+q2)
}
