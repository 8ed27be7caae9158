// Exponentials: Exp, Exp2 and Expm1.
//
// Exp follows gc's amd64 assembly (exp_amd64.s), which is what gc's
// programs run: x = k·ln2 + r, a degree-8 Taylor polynomial for e**(r/16)
// squared four times, then scaling by 2**k. Each statement of rgoExp is one
// SSE2 (or, on CPUs with FMA, one VFMADD) instruction in the same order, so
// the rounding errors are the same.
//
// Exp2 uses the kernel of FreeBSD msun's e_exp.c (Remez polynomial R(r²) for
// e**r on |r| <= ln2/2, "exp(r) = 1 + r + r·R/(2-R)"); Expm1 is msun's
// s_expm1.c. Both keep msun's operation order.

package math

// ln2Hi + ln2Lo = ln 2, ln2Hi with its low 32 bits zero so that k·ln2Hi is
// exact for |k| < 2**20 (msun's split).
const (
	ln2Hi = 6.93147180369123816490e-01 // 0x3fe62e42fee00000
	ln2Lo = 1.90821492927058770002e-10 // 0x3dea39ef35793c76
)

// Exp returns e**x, the base-e exponential of x.
//
// Exp(+Inf) = +Inf; Exp(NaN) = NaN. Very large values overflow to +Inf and
// very small ones underflow to 0.
func Exp(x float64) float64 {
	return rgoExp(x)
}

// useFMA selects the fused branch of rgoExp, as gc does on CPUs with AVX
// and FMA.
var useFMA = cpuHasFMA()

//rgo:runtime rt_cpu_has_fma
func cpuHasFMA() bool

// roundToInt32 is CVTSD2SL: round half to even, MinInt32 when out of range.
func roundToInt32(x float64) int32 {
	r := RoundToEven(x)
	if r >= -2147483648 && r <= 2147483647 {
		return int32(r)
	}
	return -2147483648
}

func rgoExp(x float64) float64 {
	const (
		ln2Upper = 0.69314718055966295651160180568695068359375
		ln2Lower = 0.28235290563031577122588448175013436025525412068e-12
		log2e    = 1.4426950408889634073599246810018920
		overflow = 7.09782712893384e+02
		// 1/n! for the Taylor series, grouped as the assembly uses them.
		half   = 0.5
		one    = 1.0
		two    = 2.0
		inv3f  = 1.6666666666666666667e-1
		inv4f  = 4.1666666666666666667e-2
		inv5f  = 8.3333333333333333333e-3
		inv6f  = 1.3888888888888888889e-3
		inv7f  = 1.9841269841269841270e-4
		inv8f  = 2.4801587301587301587e-5
		sixtee = 0.0625
	)
	b := Float64bits(x)
	if b&^signMask >= uvinf { // ±Inf or NaN
		if b == uvneginf {
			return 0
		}
		return x
	}
	if x > overflow {
		return Inf(1)
	}
	k := roundToInt32(log2e * x)
	kf := float64(k)
	var r float64
	if useFMA {
		r = FMA(-kf, ln2Upper, x)
		r = FMA(-kf, ln2Lower, r)
		r *= sixtee
		p := FMA(inv8f, r, inv7f)
		p = FMA(p, r, inv6f)
		p = FMA(p, r, inv5f)
		p = FMA(p, r, inv4f)
		p = FMA(p, r, inv3f)
		p = FMA(p, r, half)
		p = FMA(p, r, one)
		r *= p // e**(r/16) - 1
		for i := 0; i < 3; i++ {
			r *= r + two // (1+r)² - 1 = r(r+2)
		}
		r = FMA(r, r+two, one)
	} else {
		r = x - ln2Upper*kf
		r -= ln2Lower * kf
		r *= sixtee
		p := inv8f * r
		for _, c := range [...]float64{inv7f, inv6f, inv5f, inv4f, inv3f, half} {
			p += c
			p *= r
		}
		p += one
		r *= p
		for i := 0; i < 4; i++ {
			r *= r + two
		}
		r += one
	}
	// r × 2**k; a subnormal result takes two steps, the last one rounding.
	e := int32(k) + bias
	switch {
	case e >= 0x7FF:
		return Inf(1)
	case e <= 0:
		if e < -52 {
			return 0
		}
		r *= Float64frombits(uint64(e+bias-1) << shift)
		e = 1
	}
	return r * Float64frombits(uint64(e)<<shift)
}

// Exp2 returns 2**x, the base-2 exponential of x.
//
// Special cases are the same as Exp.
func Exp2(x float64) float64 {
	const (
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case x != x:
		return x
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// x = k + t with k the nearest integer (halves away from zero).
	k := 0
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expKernel(t*ln2Hi, -t*ln2Lo, k)
}

// expKernel returns e**(hi-lo) × 2**k for |hi-lo| <= ln2/2, where lo is a
// small correction to hi (msun e_exp.c's final step).
func expKernel(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01  // 0x3FC55555_55555555
		p2 = -2.77777777770155933842e-03 // 0xBF66C16C_16BEBD93
		p3 = 6.61375632143793436117e-05  // 0x3F11566A_AF25DE2C
		p4 = -1.65339022054652515390e-06 // 0xBEBBBD41_C5D26BF1
		p5 = 4.13813679705723846039e-08  // 0x3E663769_72BEA4D0
	)
	r := hi - lo
	rr := r * r
	c := r - rr*(p1+rr*(p2+rr*(p3+rr*(p4+rr*p5))))
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Expm1 returns e**x - 1, the base-e exponential of x minus 1. It is more
// accurate than Exp(x) - 1 when x is near zero.
//
// Expm1(+Inf) = +Inf; Expm1(-Inf) = -1; Expm1(NaN) = NaN. Very large
// values overflow to -1 or +Inf.
func Expm1(x float64) float64 {
	const (
		overflow   = 7.09782712893383973096e+02 // 0x40862E42FEFA39EF
		ln2Times56 = 3.88162421113569373274e+01 // 0x4043687a9f1af2b1
		ln2Times3h = 1.03972077083991796413e+00 // 0x3ff0a2b23f3bab73, 1.5 ln2
		ln2Half    = 3.46573590279972654709e-01 // 0x3fd62e42fefa39ef
		invLn2     = 1.44269504088896338700e+00 // 0x3ff71547652b82fe
		tiny       = 0x1p-54
		// msun's rational approximation of the scaled series, in hxs = x²/2.
		q1 = -3.33333333333331316428e-02 // 0xBFA11111111110F4
		q2 = 1.58730158725481460165e-03  // 0x3F5A01A019FE5585
		q3 = -7.93650757867487942473e-05 // 0xBF14CE199EAADBB7
		q4 = 4.00821782732936239552e-06  // 0x3ED0CFCA86E65239
		q5 = -2.01099218183624371326e-07 // 0xBE8AFDB76E09C32D
	)
	if x != x || IsInf(x, 1) {
		return x
	}
	if IsInf(x, -1) {
		return -1
	}
	negative := x < 0
	ax := Abs(x)
	if ax >= ln2Times56 {
		if negative {
			return -1
		}
		if ax >= overflow {
			return Inf(1)
		}
	}

	// Argument reduction: x = k·ln2 + r, r = x - c exactly in two parts.
	k := 0
	var c float64
	switch {
	case ax > ln2Half:
		var hi, lo float64
		if ax < ln2Times3h {
			k = 1
			hi, lo = x-ln2Hi, ln2Lo
			if negative {
				k = -1
				hi, lo = x+ln2Hi, -ln2Lo
			}
		} else {
			if negative {
				k = int(invLn2*x - 0.5)
			} else {
				k = int(invLn2*x + 0.5)
			}
			kf := float64(k)
			hi = x - kf*ln2Hi // exact
			lo = kf * ln2Lo
		}
		x = hi - lo
		c = (hi - x) - lo
	case ax < tiny:
		return x
	}

	halfX := 0.5 * x
	hxs := x * halfX
	r1 := 1 + hxs*(q1+hxs*(q2+hxs*(q3+hxs*(q4+hxs*q5))))
	t := 3 - r1*halfX
	e := hxs * ((r1 - t) / (6.0 - x*t))
	if k == 0 {
		return x - (x*e - hxs)
	}
	e = x*(e-c) - c
	e -= hxs
	// addExp multiplies y by 2**k by adding k to its exponent field.
	addExp := func(y float64) float64 {
		return Float64frombits(Float64bits(y) + uint64(k)<<shift)
	}
	switch {
	case k == -1:
		return 0.5*(x-e) - 0.5
	case k == 1:
		if x < -0.25 {
			return -2 * (e - (x + 0.5))
		}
		return 1 + 2*(x-e)
	case k <= -2 || k > 56:
		return addExp(1-(e-x)) - 1
	case k < 20:
		oneMinus := Float64frombits(uvone - (0x20000000000000 >> uint(k))) // 1 - 2**-k
		return addExp(oneMinus - (e - x))
	}
	y := x - (e + Float64frombits(uint64(bias-k)<<shift)) // 2**-k
	y++
	return addExp(y)
}
