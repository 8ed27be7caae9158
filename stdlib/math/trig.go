// Circular functions: Sin, Cos, Sincos and Tan, from Cephes (sin.c and
// tan.c by Stephen L. Moshier).
//
// Reduction: j = the octant of |x| (x·4/π truncated), rounded up to even so
// that z = |x| - j·π/4 lies in [-π/4, π/4]; π/4 is split in three parts
// (pi4A + pi4B + pi4C, the first two with trailing zero bits) so the
// products are exact. From 2**29 on that loses precision and the
// reduction is done with 4/π to 1216 bits instead (payneHanek). Then
//
//	sin z ≈ z + z³·S(z²),   cos z ≈ 1 - z²/2 + z⁴·C(z²),
//	tan z ≈ z + z³·P(z²)/Q(z²),
//
// and the octant picks the function and the sign. Polynomials are
// evaluated in Cephes' order; results must agree with gc's bit for bit.

package math

import "math/bits"

const (
	pi4A = 7.85398125648498535156e-1  // 0x3fe921fb40000000
	pi4B = 3.77489470793079817668e-8  // 0x3e64442d00000000
	pi4C = 2.69515142907905952645e-15 // 0x3ce8469898cc5170

	// From here on j·pi4A is no longer exact.
	bigTrigArg = 1 << 29
)

// Cephes' sin.c coefficients, highest power first.
var sinCoef = [6]float64{
	1.58962301576546568060e-10, // 0x3de5d8fd1fd19ccd
	-2.50507477628578072866e-8, // 0xbe5ae5e5a9291f5d
	2.75573136213857245213e-6,  // 0x3ec71de3567d48a1
	-1.98412698295895385996e-4, // 0xbf2a01a019bfdf03
	8.33333333332211858878e-3,  // 0x3f8111111110f7d0
	-1.66666666666666307295e-1, // 0xbfc5555555555548
}

var cosCoef = [6]float64{
	-1.13585365213876817300e-11, // 0xbda8fa49a0861a9b
	2.08757008419747316778e-9,   // 0x3e21ee9d7b4e3f05
	-2.75573141792967388112e-7,  // 0xbe927e4f7eac4bc6
	2.48015872888517045348e-5,   // 0x3efa01a019c844f5
	-1.38888888888730564116e-3,  // 0xbf56c16c16c14f91
	4.16666666666665929218e-2,   // 0x3fa555555555554b
}

// horner6 evaluates c[0]·t⁵ + c[1]·t⁴ + ... + c[5].
func horner6(c *[6]float64, t float64) float64 {
	return ((((c[0]*t+c[1])*t+c[2])*t+c[3])*t+c[4])*t + c[5]
}

// sinPoly and cosPoly approximate sin and cos on [-π/4, π/4]; zz = z².
func sinPoly(z, zz float64) float64 {
	return z + z*zz*horner6(&sinCoef, zz)
}

func cosPoly(zz float64) float64 {
	return 1.0 - 0.5*zz + zz*zz*horner6(&cosCoef, zz)
}

// octant reduces ax >= 0 (finite) to j (even; taken mod 8 if wrap) and
// z = ax - j·π/4 in [-π/4, π/4].
func octant(ax float64, wrap bool) (j uint64, z float64) {
	if ax >= bigTrigArg {
		return payneHanek(ax)
	}
	j = uint64(ax * (4 / Pi))
	y := float64(j)
	if j&1 == 1 {
		j++
		y++
	}
	if wrap {
		j &= 7
	}
	return j, ((ax - y*pi4A) - y*pi4B) - y*pi4C
}

// Sin returns the sine of the radian argument x.
//
// Sin(±0) = ±0; Sin(±Inf) = NaN; Sin(NaN) = NaN.
func Sin(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	negative := x < 0
	j, z := octant(Abs(x), true)
	if j > 3 { // sin(z+π) = -sin z
		negative = !negative
		j -= 4
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 { // sin(z+π/2) = cos z
		y = cosPoly(zz)
	} else {
		y = sinPoly(z, zz)
	}
	if negative {
		y = -y
	}
	return y
}

// Cos returns the cosine of the radian argument x.
//
// Cos(±Inf) = NaN; Cos(NaN) = NaN.
func Cos(x float64) float64 {
	if x != x || IsInf(x, 0) {
		return NaN()
	}
	j, z := octant(Abs(x), true)
	negative := false
	if j > 3 {
		negative = true
		j -= 4
	}
	if j > 1 {
		negative = !negative
	}
	zz := z * z
	var y float64
	if j == 1 || j == 2 { // cos(z+π/2) = -sin z
		y = sinPoly(z, zz)
	} else {
		y = cosPoly(zz)
	}
	if negative {
		y = -y
	}
	return y
}

// Sincos returns Sin(x), Cos(x).
//
// Sincos(±0) = ±0, 1; Sincos(±Inf) = NaN, NaN; Sincos(NaN) = NaN, NaN.
func Sincos(x float64) (sin, cos float64) {
	if x == 0 {
		return x, 1
	}
	if x != x || IsInf(x, 0) {
		return NaN(), NaN()
	}
	sinNeg, cosNeg := x < 0, false
	j, z := octant(Abs(x), true)
	if j > 3 {
		j -= 4
		sinNeg, cosNeg = !sinNeg, !cosNeg
	}
	if j > 1 {
		cosNeg = !cosNeg
	}
	zz := z * z
	cos = cosPoly(zz)
	sin = sinPoly(z, zz)
	if j == 1 || j == 2 {
		sin, cos = cos, sin
	}
	if cosNeg {
		cos = -cos
	}
	if sinNeg {
		sin = -sin
	}
	return
}

// Cephes' tan.c rational approximation; tanQ's leading 1 is implicit.
var (
	tanP = [3]float64{
		-1.30936939181383777646e4, // 0xc0c992d8d24f3f38
		1.15351664838587416140e6,  // 0x413199eca5fc9ddd
		-1.79565251976484877988e7, // 0xc1711fead3299176
	}
	tanQ = [4]float64{
		1.36812963470692954678e4,  // 0x40cab8a5eeb36572
		-1.32089234440210967447e6, // 0xc13427bc582abc96
		2.50083801823357915839e7,  // 0x4177d98fc2ead8ef
		-5.38695755929454629881e7, // 0xc189afe03cbe5a31
	}
)

// Tan returns the tangent of the radian argument x.
//
// Tan(±0) = ±0; Tan(±Inf) = NaN; Tan(NaN) = NaN.
func Tan(x float64) float64 {
	if x == 0 || x != x {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	j, z := octant(Abs(x), false)
	zz := z * z
	y := z
	if zz > 1e-14 {
		p := zz * ((tanP[0]*zz+tanP[1])*zz + tanP[2])
		q := (((zz+tanQ[0])*zz+tanQ[1])*zz+tanQ[2])*zz + tanQ[3]
		y = z + z*(p/q)
	}
	if j&2 == 2 { // tan(z+π/2) = -1/tan z
		y = -1 / y
	}
	if x < 0 {
		y = -y
	}
	return y
}

// fourOverPi holds the binary expansion of 4/π, most significant bits
// first: word 0 is the integer part (1), then 19 words of fraction.
var fourOverPi = [20]uint64{
	0x0000000000000001,
	0x45f306dc9c882a53,
	0xf84eafa3ea69bb81,
	0xb6c52b3278872083,
	0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0,
	0x0c925dd413a32439,
	0xfc3bd63962534e7d,
	0xd1046bea5d768909,
	0xd338e04d68befc82,
	0x7323ac7306a673e9,
	0x3908bf177bf25076,
	0x3ff12fffbc0b301f,
	0xde5e2316b414da3e,
	0xda6cfd9e4f96136e,
	0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4,
	0xd7f6bf623f1aba10,
	0xac06608df8f6d757,
}

// payneHanek is Payne and Hanek's reduction ("Radian reduction for
// trigonometric functions", SIGNUM Newsletter 18, 1983) for large finite
// x: with x = m × 2**e (m the 53-bit integer significand), only the bits
// of 4/π from about 2**-e on matter modulo 8, so x·4/π mod 8 is m times a
// 192-bit window of the expansion. The top 3 bits of the product are the
// octant j, the rest the fraction, turned back into a float64 and
// multiplied by π/4. (Same window and rounding as gc's trig_reduce.go.)
func payneHanek(x float64) (j uint64, z float64) {
	const quarterPi = Pi / 4
	if x < quarterPi {
		return 0, x
	}
	b := Float64bits(x)
	e := unbiasedExp(b) - shift
	m := b&fracMask | 1<<shift

	// Three words of 4/π starting e+61 bits into the expansion (word 0's
	// low bit is the units bit): the window whose product with m has the
	// octant in its top 3 bits.
	word, off := uint(e+61)/64, uint(e+61)%64
	window := func(i uint) uint64 {
		return fourOverPi[i]<<off | fourOverPi[i+1]>>(64-off)
	}
	w0, w1, w2 := window(word), window(word+1), window(word+2)

	// 128 bits of m × window (the bits above wrap away mod 8).
	hi2, _ := bits.Mul64(w2, m)
	hi1, lo1 := bits.Mul64(w1, m)
	lo, carry := bits.Add64(lo1, hi2, 0)
	hi, _ := bits.Add64(w0*m, hi1, carry)

	j = hi >> 61
	hi = hi<<3 | lo>>61
	// Normalize the fraction hi:lo into a float64 in [0, 1).
	lz := uint(bits.LeadingZeros64(hi))
	exp := uint64(bias - (lz + 1))
	hi = hi<<(lz+1) | lo>>(64-(lz+1))
	hi >>= 64 - shift
	z = Float64frombits(hi | exp<<shift)
	if j&1 == 1 { // an odd octant: step to the next even one
		j = (j + 1) & 7
		z--
	}
	return j, z * quarterPi
}
