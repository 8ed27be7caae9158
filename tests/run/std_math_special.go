// run

// math functions at special values (±0, ±Inf, NaN, huge and tiny
// arguments) and the classification helpers.
package main

import (
	"fmt"
	"math"
)

func main() {
	nan, inf := math.NaN(), math.Inf(1)
	negz := math.Copysign(0, -1)
	args := []float64{0, negz, 1, -1, 0.5, -0.5, 2.5, -2.5, 1e300, -1e300, inf, -inf, nan}
	for _, x := range args {
		fmt.Println(x, math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x),
			math.Sqrt(x), math.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1))
	}
	fmt.Println(math.Max(1, nan), math.Min(1, nan), math.Max(negz, 0), math.Min(negz, 0), math.Max(-inf, 3), math.Min(inf, 3))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5, 0), math.Mod(inf, 1), math.Mod(1, inf))
	fmt.Println(math.Pow(0, -1), math.Pow(negz, -1), math.Pow(-8, 1.0/3), math.Pow(2, 0.5), math.Pow(-2, 3), math.Pow(nan, 0), math.Pow(1, nan))
	fmt.Println(math.Pow(2, 1024), math.Pow(2, -1075), math.Pow(-1, inf), math.Pow(0.5, -inf))
	fmt.Println(math.Exp(0), math.Exp(1), math.Exp(710), math.Exp(-746), math.Exp(-inf))
	fmt.Println(math.Log(0), math.Log(-1), math.Log(math.E), math.Log2(8), math.Log2(0.1), math.Log10(1000), math.Log10(2))
	fmt.Println(math.Log1p(1e-20), math.Expm1(1e-10), math.Exp2(10), math.Exp2(-1))
	fmt.Println(math.Hypot(3, 4), math.Hypot(inf, nan), math.Hypot(1e200, 1e200), math.Cbrt(27), math.Cbrt(-8))
	fmt.Println(math.Atan2(0, negz), math.Atan2(negz, -1), math.Atan2(1, 0), math.Atan2(inf, inf), math.Atan(inf))
	fmt.Println(math.Sin(0), math.Sin(math.Pi), math.Cos(math.Pi), math.Tan(math.Pi/4), math.Sin(inf), math.Sin(1e10))
	fmt.Println(math.Asin(1), math.Acos(-1), math.Asin(2), math.Sinh(1), math.Cosh(1), math.Tanh(100))
	frac, exp := math.Frexp(12)
	fmt.Println(frac, exp, math.Ldexp(frac, exp), math.Ldexp(1, -1074), math.Ldexp(1, 1024))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Float64bits(1), math.Float64frombits(0x4000000000000000), math.Float32bits(1), math.Float32frombits(0x40400000))
	fmt.Println(math.Remainder(7, 4), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.Inf(0), math.Inf(-5), math.IsNaN(nan-nan), nan == nan, inf-inf)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16, math.MaxInt32, math.MinInt32, math.MaxUint32)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt, math.MinInt)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.SqrtE, math.SqrtPi, math.Phi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
}
