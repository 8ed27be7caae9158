// run

// Rounding and integer conversion: Round, RoundToEven, Floor, Ceil, Trunc
// on halves, conversions of floats to ints, and Modf/Frexp/Ldexp.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{-2.5, -1.5, -0.5, -0.49999999999999994, 0.5, 1.5, 2.5, 3.5, 4.5000001, 1e16 + 1, -1e-300} {
		fmt.Printf("%-22v round=%-6v even=%-6v floor=%-6v ceil=%-6v trunc=%-6v int=%d\n", x, math.Round(x), math.RoundToEven(x),
			math.Floor(x), math.Ceil(x), math.Trunc(x), int64(x))
	}
	for _, x := range []float64{3.75, -3.75, 0, math.Inf(1), 1e300} {
		i, f := math.Modf(x)
		fr, ex := math.Frexp(x)
		fmt.Println(x, i, f, fr, ex, math.Ldexp(fr, ex) == x)
	}
	prices := []float64{19.995, 0.045, 2.675, 1.005}
	for _, p := range prices {
		fmt.Printf("%.2f %v %v\n", p, math.Round(p*100)/100, math.Floor(p*100+0.5)/100)
	}
	fmt.Println(int(math.Round(2.5)), int(math.Round(-2.5)), uint8(math.Round(254.6)), int32(math.Floor(-0.1)))
	fmt.Println(math.Signbit(math.Round(-0.4)), math.Signbit(math.Ceil(-0.5)), math.Signbit(math.Trunc(-0.9)))
	fmt.Println(math.Remainder(5, 2), math.Remainder(-5, 2), math.Mod(-5, 2), math.Copysign(3, -0.0), math.Abs(-0.0))
}
