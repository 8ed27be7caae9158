// Logarithms: Log, Log10, Log2 and Log1p.
//
// All four use FreeBSD msun's e_log.c reduction and polynomial: write
// x = 2**k × (1+f) with √2/2 < 1+f < √2, then with s = f/(2+f)
//
//	log(1+f) = f - s·(f - R(s)) = f - (hfsq - s·(hfsq+R)),  hfsq = f²/2,
//
// where R(s) ≈ 2s²/3 + 2s⁴/5 + ... is msun's degree-14 Remez polynomial
// (coefficients lg1..lg7), and log x = k·ln2 + log(1+f) with ln2 split in
// ln2Hi + ln2Lo. Log itself follows gc's amd64 assembly (log_amd64.s) of
// that algorithm, which reads k straight from the exponent field; Log1p is
// msun's s_log1p.c, which also carries the rounding error c of 1+x.

package math

// msun's lg1..lg7 (e_log.c's Lg1..Lg7, s_log1p.c's Lp1..Lp7).
const (
	lg1 = 6.666666666666735130e-01 // 0x3FE55555_55555593
	lg2 = 3.999999999940941908e-01 // 0x3FD99999_9997FA04
	lg3 = 2.857142874366239149e-01 // 0x3FD24924_94229359
	lg4 = 2.222219843214978396e-01 // 0x3FCC71C5_1D8E78AF
	lg5 = 1.818357216161805012e-01 // 0x3FC74664_96CB03DE
	lg6 = 1.531383769920937332e-01 // 0x3FC39A09_D078C69F
	lg7 = 1.479819860511658591e-01 // 0x3FC2F112_DF3E5244
)

// Log returns the natural logarithm of x.
//
// Log(+Inf) = +Inf; Log(0) = -Inf; Log(x < 0) = NaN; Log(NaN) = NaN.
func Log(x float64) float64 {
	b := Float64bits(x)
	switch {
	case b&^signMask == 0:
		return Inf(-1)
	case b&signMask != 0:
		return NaN()
	case b >= uvinf:
		return x
	}
	// The fraction with the exponent of [0.5, 1); subnormals are not
	// normalized (the assembly does not), their k is just too large.
	m := Float64frombits(b&fracMask | (bias-1)<<shift)
	k := float64(int32(b>>shift&mask) - (bias - 1))
	if m <= Sqrt2/2 { // (the assembly tests <=, msun tests <)
		k--
		m *= 2
	}
	f := m - 1
	s := f / (2 + f)
	z := s * s
	w := z * z
	// e_log.c evaluates the odd and even terms of R separately.
	R := z*(lg1+w*(lg3+w*(lg5+w*lg7))) + w*(lg2+w*(lg4+w*lg6))
	hfsq := 0.5 * f * f
	return k*ln2Hi - ((hfsq - (s*(hfsq+R) + k*ln2Lo)) - f)
}

// Log10 returns the decimal logarithm of x.
// The special cases are the same as for Log.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log2 returns the binary logarithm of x.
// The special cases are the same as for Log.
func Log2(x float64) float64 {
	m, e := Frexp(x)
	if m == 0.5 { // exact powers of two
		return float64(e - 1)
	}
	return Log(m)*(1/Ln2) + float64(e)
}

// Log1p returns the natural logarithm of 1 plus its argument x.
// It is more accurate than Log(1 + x) when x is near zero.
//
// Log1p(+Inf) = +Inf; Log1p(±0) = ±0; Log1p(-1) = -Inf;
// Log1p(x < -1) = NaN; Log1p(NaN) = NaN.
func Log1p(x float64) float64 {
	const (
		sqrt2M1     = 4.142135623730950488017e-01  // √2-1, 0x3fda827999fcef34
		sqrt2HalfM1 = -2.928932188134524755992e-01 // √2/2-1, 0xbfd2bec333018866
		small       = 0x1p-29
		tiny        = 0x1p-54
		two53       = 0x1p53
		sqrt2Frac   = 0x0006a09e667f3bcd // fraction bits of √2
	)
	switch {
	case x < -1 || x != x:
		return NaN()
	case x == -1:
		return Inf(-1)
	case IsInf(x, 1):
		return Inf(1)
	}

	ax := Abs(x)
	k := 1
	var f, c float64 // 1+x = 2**k × (1+f) + c
	var hu uint64    // fraction bits of 1+x; 0 means f is tiny
	if ax < sqrt2M1 {
		if ax < small {
			if ax < tiny {
				return x
			}
			return x - x*x*0.5
		}
		if x > sqrt2HalfM1 { // 1+x is already in [√2/2, √2]
			k, f, hu = 0, x, 1
		}
	}
	if k != 0 {
		var u float64
		if ax < two53 {
			u = 1.0 + x
			hu = Float64bits(u)
			k = int(hu>>shift) - bias
			// The rounding error of 1+x, relative to u.
			if k > 0 {
				c = 1.0 - (u - x)
			} else {
				c = x - (u - 1.0)
			}
			c /= u
		} else {
			u = x
			hu = Float64bits(u)
			k = int(hu>>shift) - bias
			c = 0
		}
		hu &= fracMask
		if hu < sqrt2Frac {
			u = Float64frombits(hu | uvone)
		} else {
			k++
			u = Float64frombits(hu | (bias-1)<<shift) // u/2
			hu = (0x0010000000000000 - hu) >> 2
		}
		f = u - 1.0
	}

	hfsq := 0.5 * f * f
	kf := float64(k)
	if hu == 0 { // |f| < 2**-20
		if f == 0 {
			if k == 0 {
				return 0
			}
			c += kf * ln2Lo
			return kf*ln2Hi + c
		}
		R := hfsq * (1.0 - 0.66666666666666666*f)
		if k == 0 {
			return f - R
		}
		return kf*ln2Hi - ((R - (kf*ln2Lo + c)) - f)
	}
	s := f / (2.0 + f)
	z := s * s
	R := z * (lg1 + z*(lg2+z*(lg3+z*(lg4+z*(lg5+z*(lg6+z*lg7))))))
	if k == 0 {
		return f - (hfsq - s*(hfsq+R))
	}
	return kf*ln2Hi - ((hfsq - (s*(hfsq+R) + (kf*ln2Lo + c))) - f)
}
