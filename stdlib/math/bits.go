// Package math provides basic constants and mathematical functions.
//
// rgo's math, written in Go. The IEEE-754 bit conversions and the
// operations gc's amd64 build does in one instruction (Sqrt, Floor, Ceil,
// Trunc, FMA; see hardware.go) are runtime intrinsics. The rest follows the
// public references gc's own math follows (FreeBSD msun, Cephes, and
// gc's amd64 assembly for Exp, Log and Hypot), with the floating-point
// operations in the same order, so every result agrees with gc's bit for
// bit. Functions whose exact result is defined (Mod, Ldexp, Round, ...)
// are computed by whatever method is simplest.
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
