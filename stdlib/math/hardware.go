// The functions gc's amd64 build computes with a single instruction
// (SQRTSD, ROUNDSD, VFMADD231SD). Each result is exactly defined by IEEE
// 754, so the runtime's Rust implementations give the same bits; the
// compiler may also inline them as one Cranelift instruction.

package math

// Sqrt returns the square root of x, correctly rounded.
//
// Sqrt(+Inf) = +Inf; Sqrt(±0) = ±0; Sqrt(x < 0) = NaN; Sqrt(NaN) = NaN.
//
//rgo:runtime rt_sqrt
func Sqrt(x float64) float64

// Floor returns the greatest integer value less than or equal to x.
//
// Floor(±0) = ±0; Floor(±Inf) = ±Inf; Floor(NaN) = NaN.
//
//rgo:runtime rt_floor
func Floor(x float64) float64

// Ceil returns the least integer value greater than or equal to x.
//
// Ceil(±0) = ±0; Ceil(±Inf) = ±Inf; Ceil(NaN) = NaN.
//
//rgo:runtime rt_ceil
func Ceil(x float64) float64

// Trunc returns the integer value of x.
//
// Trunc(±0) = ±0; Trunc(±Inf) = ±Inf; Trunc(NaN) = NaN.
//
//rgo:runtime rt_trunc
func Trunc(x float64) float64

// FMA returns x * y + z, computed with only one rounding.
// (That is, FMA returns the fused multiply-add of x, y, and z.)
//
//rgo:runtime rt_fma
func FMA(x, y, z float64) float64
