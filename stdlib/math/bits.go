// Package math provides basic constants and mathematical functions.
//
// rgo's math, written in Go. The IEEE-754 bit conversions and Sqrt are
// runtime intrinsics (one instruction each); everything else is Go that
// follows gc's portable algorithms (Cephes / FreeBSD msun), so results
// agree with gc bit for bit wherever gc's amd64 build uses the same
// portable code.
package math

// Float64bits returns the IEEE 754 binary representation of f.
//
//rgo:runtime rt_float64bits
func Float64bits(f float64) uint64

// Float64frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b.
//
//rgo:runtime rt_float64frombits
func Float64frombits(b uint64) float64

// Float32bits returns the IEEE 754 binary representation of f.
//
//rgo:runtime rt_float32bits
func Float32bits(f float32) uint32

// Float32frombits returns the floating-point number corresponding to the
// IEEE 754 binary representation b.
//
//rgo:runtime rt_float32frombits
func Float32frombits(b uint32) float32

// Sqrt returns the square root of x (correctly rounded, as sqrtsd).
//
//rgo:runtime rt_sqrt
func Sqrt(x float64) float64

const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	uvone    = 0x3FF0000000000000
	mask     = 0x7FF
	shift    = 64 - 11 - 1
	bias     = 1023
	signMask = 1 << 63
	fracMask = 1<<shift - 1
)

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	var v uint64
	if sign >= 0 {
		v = uvinf
	} else {
		v = uvneginf
	}
	return Float64frombits(v)
}

// NaN returns an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is an IEEE 754 "not-a-number" value.
func IsNaN(f float64) (is bool) {
	return f != f
}

// IsInf reports whether f is an infinity, according to sign. If sign > 0,
// IsInf reports whether f is positive infinity. If sign < 0, IsInf reports
// whether f is negative infinity. If sign == 0, IsInf reports whether f is
// either infinity.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// normalize returns a normal number y and exponent exp satisfying
// x == y × 2**exp. It assumes x is finite and non-zero.
func normalize(x float64) (y float64, exp int) {
	const SmallestNormal = 2.2250738585072014e-308 // 2**-1022
	if Abs(x) < SmallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Abs returns the absolute value of x.
func Abs(x float64) float64 {
	return Float64frombits(Float64bits(x) &^ signMask)
}

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool {
	return Float64bits(x)&signMask != 0
}
