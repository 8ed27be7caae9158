// run

// math.Nextafter and Nextafter32: steps away from and toward zero, across
// zero, into and out of subnormals, to and from infinity, and NaNs.
package main

import (
	"fmt"
	"math"
)

func main() {
	inf := math.Inf(1)
	cases := [][2]float64{{1, 2}, {1, 0}, {1, 1}, {0, 1}, {0, -1}, {math.Copysign(0, -1), 1},
		{-1, -2}, {-1, 0}, {5e-324, 0}, {5e-324, -1}, {-5e-324, 1}, {math.MaxFloat64, inf},
		{inf, 0}, {-inf, 0}, {math.MaxFloat64, 0}, {2.2250738585072014e-308, 0}, {0.1, 1},
		{1e300, -1e300}, {math.NaN(), 1}, {1, math.NaN()}, {0, 0}, {inf, inf}}
	for _, c := range cases {
		r := math.Nextafter(c[0], c[1])
		fmt.Printf("Nextafter(%v, %v) = %v %b %x\n", c[0], c[1], r, math.Float64bits(r), math.Float64bits(r))
	}
	inf32 := float32(inf)
	cases32 := [][2]float32{{1, 2}, {1, 0}, {0, 1}, {0, -1}, {-1, -2}, {1e-45, 0}, {math.MaxFloat32, inf32},
		{inf32, 0}, {0.1, 1}, {float32(math.NaN()), 1}, {3, 3}}
	for _, c := range cases32 {
		r := math.Nextafter32(c[0], c[1])
		fmt.Printf("Nextafter32(%v, %v) = %v %x\n", c[0], c[1], r, math.Float32bits(r))
	}
	// Walking up from 1 a few steps and back.
	x := 1.0
	for i := 0; i < 3; i++ {
		x = math.Nextafter(x, 2)
		fmt.Println(x, x-1)
	}
	for i := 0; i < 4; i++ {
		x = math.Nextafter(x, 0)
		fmt.Println(x, 1-x)
	}
}
