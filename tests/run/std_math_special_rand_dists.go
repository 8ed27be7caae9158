// run

package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	xs := []float64{-3, -1.5, -0.5, 0, 1e-300, 0.1, 0.5, 1, 1.5, 2.5, 3.7, 10, 171, 172, -2.5, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, x := range xs {
		lg, sign := math.Lgamma(x)
		fmt.Printf("%v: %b %b %b %b %d %b %b %b\n", x, math.Erf(x), math.Erfc(x), math.Gamma(x), lg, sign, math.J0(x), math.J1(x), math.Jn(3, x))
		fmt.Printf("   %b %b %b %d %b\n", math.Y0(x), math.Y1(x), math.Yn(2, x), math.Ilogb(x), math.Logb(x))
	}
	for _, p := range []float64{-1, -0.9, -0.5, 0, 0.3, 0.99, 1, 1.5} {
		fmt.Printf("%b %b\n", math.Erfinv(p), math.Erfcinv(p+1))
	}
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	z := rand.NewZipf(r, 1.5, 2, 100)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
}
