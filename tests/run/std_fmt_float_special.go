// run

// Printing special and tricky floats: shortest representation, exponent
// thresholds, NaN, infinities and negative zero.
package main

import (
	"fmt"
	"math"
)

func main() {
	negz := math.Copysign(0, -1)
	fmt.Println(1e21, 1e20, 1e-7, 1e-4, 1e-5, 0.1+0.2, 0.3, 100.0, 1.5e300)
	fmt.Println(math.NaN(), math.Inf(1), math.Inf(-1), negz, 0.0)
	fmt.Println(float32(0.1), float32(1)/3, float32(1e21), float32(16777217))
	fmt.Printf("%v %f %e %g %5.1f|%-6v|%06v\n", math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN())
	fmt.Printf("%v %+v %f %+f %e %010f %-10f|\n", math.Inf(1), math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1), math.Inf(1))
	fmt.Printf("% f %+f %f %.2f %g %e\n", negz, negz, negz, negz, negz, negz)
	fmt.Printf("%+.1e %.3e %.0e\n", 9.96e-5, 99999.5, 5.5)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64)
	fmt.Println(float64(1<<53), float64(1<<53)+1, 1<<62)
	x := 0.0
	for i := 0; i < 10; i++ {
		x += 0.1
		fmt.Print(x, " ")
	}
	fmt.Println()
	fmt.Println(fmt.Sprint(2.0), fmt.Sprint(float32(2.5)), fmt.Sprintf("%v", 1e100))
}
