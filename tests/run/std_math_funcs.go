// run

// math: exponentials, logarithms and trigonometry, printed with %.12g and
// with Go's shortest formatting, including domain edges.
package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 0.1, 0.5, 1, -1, 2, math.Pi / 6, math.Pi / 4, math.Pi / 2, math.Pi, 10, -3.7, 100, 1e-8, math.Inf(1), math.NaN()}
	for _, x := range xs {
		fmt.Printf("%-8.4g exp=%.12g log=%.12g log2=%.12g log10=%.12g log1p=%.12g expm1=%.12g exp2=%.12g\n", x, math.Exp(x), math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x), math.Expm1(x), math.Exp2(x))
		fmt.Printf("         sin=%.12g cos=%.12g tan=%.12g asin=%.12g acos=%.12g atan=%.12g sinh=%.12g cosh=%.12g tanh=%.12g\n", math.Sin(x), math.Cos(x), math.Tan(x), math.Asin(x), math.Acos(x), math.Atan(x), math.Sinh(x), math.Cosh(x), math.Tanh(x))
	}
	for _, p := range [][2]float64{{1, 1}, {1, -1}, {-1, -1}, {-1, 1}, {0, -1}, {0, 0}, {math.Inf(1), math.Inf(-1)}} {
		fmt.Println(math.Atan2(p[0], p[1]))
	}
	s, c := math.Sincos(1)
	fmt.Println(s, c, math.Sin(1), math.Cos(1))
	fmt.Println(math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Log(0), math.Log(-1))
	fmt.Println(math.Sqrt(2), math.Sin(math.Pi), math.Cos(math.Pi), math.Tan(math.Pi/4))
}
