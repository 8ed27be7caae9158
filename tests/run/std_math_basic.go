// run

// math: rounding (Floor, Ceil, Trunc, Round, RoundToEven), Abs, Mod,
// Remainder, Min, Max, Sqrt, Cbrt, Hypot, Pow, Dim, Copysign, Signbit, Modf
// and Frexp/Ldexp, including special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 2.4999, 1e16 + 1, -7.9, math.Inf(1), math.Inf(-1), math.NaN(), 4503599627370497}
	for _, v := range vals {
		fmt.Println(v, math.Floor(v), math.Ceil(v), math.Trunc(v), math.Round(v), math.RoundToEven(v), math.Abs(v), math.Signbit(v))
	}
	pairs := [][2]float64{{7, 3}, {-7, 3}, {7, -3}, {5.5, 2}, {1, 0}, {0, 1}, {math.Inf(1), 2}, {2, math.Inf(1)}, {math.NaN(), 1}, {3, 4}, {-0.0, 0}}
	for _, p := range pairs {
		x, y := p[0], p[1]
		fmt.Println(x, y, math.Mod(x, y), math.Remainder(x, y), math.Min(x, y), math.Max(x, y), math.Dim(x, y), math.Hypot(x, y), math.Pow(x, y), math.Copysign(x, y))
	}
	for _, v := range []float64{0, 1, 2, 4, 10, 1e-10, 1e300, -1, math.Inf(1), 27, -8} {
		fmt.Println(v, math.Sqrt(v), math.Cbrt(v))
	}
	ip, frac := math.Modf(-3.75)
	fr, exp := math.Frexp(48)
	fmt.Println(ip, frac, fr, exp, math.Ldexp(0.75, 6), math.Ldexp(1, -1075), math.Ldexp(1, 1024))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(-2, 3), math.Pow(1.0001, 10000), math.Pow10(3), math.Pow10(-2), math.Pow10(400))
	fmt.Println(min(3, 1, 2), max(2.5, -1), min("b", "a"))
}
