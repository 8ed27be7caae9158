// Go versions of the functions gc implements in amd64 assembly.
//
// gc's math dispatches some functions to assembly on amd64 (exp_amd64.s,
// log_amd64.s, hypot_amd64.s); their results can differ from the portable
// Go code in the last bit, and Exp feeds Pow, Sinh, Cosh and others. To
// print the same digits as gc, rgo replays those assembly routines here
// operation by operation (each Go expression below is one SSE or FMA
// instruction, in the same order). The haveArchX constants mirror gc's
// amd64 build; the functions where assembly and Go agree exactly (Floor,
// Ceil, Trunc, Max, Min) use the portable Go code.

package math

const (
	haveArchExp       = true
	haveArchLog       = true
	haveArchHypot     = true
	haveArchFloor     = false // ROUNDSD: exact, same as the Go code
	haveArchCeil      = false
	haveArchTrunc     = false
	haveArchMax       = false // same special cases as the Go code
	haveArchMin       = false
	haveArchAcos      = false
	haveArchAsin      = false
	haveArchAtan      = false
	haveArchAtan2     = false
	haveArchCbrt      = false
	haveArchCos       = false
	haveArchCosh      = false
	haveArchExp2      = false
	haveArchExpm1     = false
	haveArchFrexp     = false
	haveArchLdexp     = false
	haveArchLog10     = false
	haveArchLog1p     = false
	haveArchLog2      = false
	haveArchMod       = false
	haveArchPow       = false
	haveArchRemainder = false
	haveArchSin       = false
	haveArchSinh      = false
	haveArchTan       = false
	haveArchTanh      = false
	haveArchModf      = false
)

// cpuHasFMA reports whether the CPU has AVX and FMA (gc's useFMA in
// exp_amd64.go selects the fused path of archExp on such CPUs).
//
//rgo:runtime rt_cpu_has_fma
func cpuHasFMA() bool

var useFMA = cpuHasFMA()

// cvtsd2sl is CVTSD2SL: round to nearest even and convert to int32, giving
// the "integer indefinite" value MinInt32 when out of range.
func cvtsd2sl(x float64) int32 {
	r := RoundToEven(x)
	if !(r >= -2147483648 && r <= 2147483647) {
		return -2147483648
	}
	return int32(r)
}

// archExp is exp_amd64.s: argument reduction by k*ln2 in two halves, a
// Taylor series on x/16, four squarings, then scaling by 2^k.
func archExp(x float64) float64 {
	const (
		LN2U     = 0.69314718055966295651160180568695068359375
		LN2L     = 0.28235290563031577122588448175013436025525412068e-12
		LOG2E    = 1.4426950408889634073599246810018920
		Overflow = 7.09782712893384e+02
		c0       = 0.5
		c8       = 1.0
		c16      = 2.0
		c24      = 1.6666666666666666667e-1
		c32      = 4.1666666666666666667e-2
		c40      = 8.3333333333333333333e-3
		c48      = 1.3888888888888888889e-3
		c56      = 1.9841269841269841270e-4
		c64      = 2.4801587301587301587e-5
	)
	b := Float64bits(x)
	if b&^signMask >= uvinf {
		if b == uvneginf {
			return 0
		}
		return x // NaN or +Inf
	}
	if x > Overflow {
		return Inf(1)
	}
	k := cvtsd2sl(LOG2E * x)
	fk := float64(k)
	if useFMA {
		x = FMA(-fk, LN2U, x)
		x = FMA(-fk, LN2L, x)
		x *= 0.0625
		p := FMA(c64, x, c56)
		p = FMA(p, x, c48)
		p = FMA(p, x, c40)
		p = FMA(p, x, c32)
		p = FMA(p, x, c24)
		p = FMA(p, x, c0)
		p = FMA(p, x, c8)
		x *= p
		x *= x + c16
		x *= x + c16
		x *= x + c16
		x = FMA(x, x+c16, c8)
	} else {
		x -= LN2U * fk
		x -= LN2L * fk
		x *= 0.0625
		p := c64 * x
		p += c56
		p *= x
		p += c48
		p *= x
		p += c40
		p *= x
		p += c32
		p *= x
		p += c24
		p *= x
		p += c0
		p *= x
		p += c8
		x *= p
		x *= x + c16
		x *= x + c16
		x *= x + c16
		x *= x + c16
		x += c8
	}
	// Return x * 2**k.
	e := k + 0x3FF
	if e <= 0 {
		if e < -52 {
			return 0
		}
		x *= Float64frombits(uint64(e+0x3FE) << 52)
		e = 1
	} else if e >= 0x7FF {
		return Inf(1)
	}
	return x * Float64frombits(uint64(e)<<52)
}

// archLog is log_amd64.s: gc's log.go algorithm, except that the exponent
// is read straight from the bits (denormals are not normalized) and the
// halving test is f1 <= Sqrt2/2.
func archLog(x float64) float64 {
	const (
		HSqrt2 = 7.07106781186547524401e-01
		Ln2Hi  = 6.93147180369123816490e-01
		Ln2Lo  = 1.90821492927058770002e-10
		L1     = 6.666666666666735130e-01
		L2     = 3.999999999940941908e-01
		L3     = 2.857142874366239149e-01
		L4     = 2.222219843214978396e-01
		L5     = 1.818357216161805012e-01
		L6     = 1.531383769920937332e-01
		L7     = 1.479819860511658591e-01
	)
	b := Float64bits(x)
	switch {
	case b&^signMask == 0:
		return Inf(-1)
	case int64(b) < 0:
		return NaN()
	case b >= uvinf:
		return x
	}
	f1 := Float64frombits(b&fracMask | 0x3FE0000000000000)
	k := float64(int32((b>>52)&0x7FF) - 0x3FE)
	if f1 <= HSqrt2 {
		k -= 1
		f1 *= 2
	} else {
		k -= 0
		f1 *= 1
	}
	f := f1 - 1
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := s2 * (L1 + s4*(L3+s4*(L5+s4*L7)))
	t2 := s4 * (L2 + s4*(L4+s4*L6))
	R := t1 + t2
	hfsq := 0.5 * f * f
	return k*Ln2Hi - ((hfsq - (s*(hfsq+R) + k*Ln2Lo)) - f)
}

// archHypot is hypot_amd64.s: max * sqrt(1 + (min/max)**2) without gc's
// Go version's scaling.
func archHypot(p, q float64) float64 {
	pb := Float64bits(p) &^ signMask
	qb := Float64bits(q) &^ signMask
	if pb >= uvinf || qb >= uvinf {
		if pb == uvinf || qb == uvinf {
			return Inf(1)
		}
		return NaN()
	}
	if pb|qb == 0 {
		return 0
	}
	p, q = Float64frombits(pb), Float64frombits(qb)
	hi, lo := p, q
	if q > p {
		hi, lo = q, p
	}
	r := lo / hi
	r *= r
	r += 1
	return hi * Sqrt(r)
}

// The remaining arch functions are never called (their haveArch constants
// are false) but must exist for the ported dispatch code to compile.
func archAcos(x float64) float64     { panic("not implemented") }
func archAsin(x float64) float64     { panic("not implemented") }
func archAtan(x float64) float64     { panic("not implemented") }
func archAtan2(y, x float64) float64 { panic("not implemented") }
func archCbrt(x float64) float64     { panic("not implemented") }
func archCeil(x float64) float64     { panic("not implemented") }
func archCos(x float64) float64      { panic("not implemented") }
func archCosh(x float64) float64     { panic("not implemented") }
func archExp2(x float64) float64     { panic("not implemented") }
func archExpm1(x float64) float64    { panic("not implemented") }
func archFloor(x float64) float64    { panic("not implemented") }
func archFrexp(x float64) (float64, int) {
	panic("not implemented")
}
func archLdexp(frac float64, exp int) float64 { panic("not implemented") }
func archLog10(x float64) float64             { panic("not implemented") }
func archLog1p(x float64) float64             { panic("not implemented") }
func archLog2(x float64) float64              { panic("not implemented") }
func archMax(x, y float64) float64            { panic("not implemented") }
func archMin(x, y float64) float64            { panic("not implemented") }
func archMod(x, y float64) float64            { panic("not implemented") }
func archModf(f float64) (float64, float64)   { panic("not implemented") }
func archPow(x, y float64) float64            { panic("not implemented") }
func archRemainder(x, y float64) float64      { panic("not implemented") }
func archSin(x float64) float64               { panic("not implemented") }
func archSinh(x float64) float64              { panic("not implemented") }
func archTan(x float64) float64               { panic("not implemented") }
func archTanh(x float64) float64              { panic("not implemented") }
func archTrunc(x float64) float64             { panic("not implemented") }
