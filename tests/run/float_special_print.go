// run

package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	negz := math.Copysign(0, -1)
	println(inf, ninf, nan, negz, zero)
	println(1.5, -2.25, 1e100, 1e-100, float32(3.5))
	fmt.Println(inf, ninf, nan, negz, zero)
	fmt.Printf("%v %g %f %e %.2f %8.3f|\n", negz, inf, ninf, nan, negz, inf)
	fmt.Println(nan == nan, nan < 1, nan > 1, inf > math.MaxFloat64, negz == 0)
	fmt.Println(math.IsNaN(nan), math.IsInf(ninf, -1), math.Signbit(negz))
	var f32 float32 = float32(inf)
	fmt.Println(f32, float32(nan), float32(negz))
	println(f32, float32(negz))
	fmt.Println(1/negz, -zero, 0*negz)
	mf := math.MaxFloat64
	fmt.Println(mf*2, -math.SmallestNonzeroFloat64/2*zero)
	fmt.Printf("%v %v\n", float32(1)/3, 2.0/3)
}
