// run

// Float formatting at the edges: shortest representation switch points,
// huge and tiny values, negative zero, NaN and infinities with flags,
// float32 values and large precisions.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3,
		1e20, 1e21, 123456789012345678, 1e-4, 1e-5, 1e-7, 5e-324, math.MaxFloat64,
		math.SmallestNonzeroFloat64, 100, 1234567, 12345678, 0.000001, 9.999999999999999e20}
	for _, v := range vals {
		fmt.Printf("%v|%g|%e|%f|%.3g|%G|%8.2e\n", v, v, v, v, v, v, v)
	}
	specials := []float64{math.NaN(), math.Inf(1), math.Inf(-1)}
	for _, v := range specials {
		fmt.Printf("%v|%+v|% v|%8v|%-8v|%08v|%+08.2f|%e|%x\n", v, v, v, v, v, v, v, v, v)
	}
	f32 := []float32{0.1, 1.0 / 3, 16777216, 3.4028235e38, 1e-45, -2.5}
	for _, v := range f32 {
		fmt.Println(v, float64(v))
		fmt.Printf("%v %g %.10f %e\n", v, v, v, v)
	}
	fmt.Printf("%.20f\n%.30e\n%.17g\n", 0.1, 1.0/3, 0.3)
	fmt.Printf("%x %X %#x %.3x\n", 1.0, -2.5, 3.0, math.Pi)
	fmt.Printf("%b\n", 8.0)
	fmt.Printf("%#g %#.3g %#e %#.0f %#.0e\n", 1.0, 2.0, 3.0, 4.0, 5.0)
	fmt.Printf("%+.3e % .3e %+g % g\n", 12345.6789, 12345.6789, -0.0, 0.0)
	fmt.Println(math.Pi, math.E, float32(math.Pi), -math.MaxFloat32)
	fmt.Println(1e100, 1e-100, 123e300, 4.9e-324)
	fmt.Print(0.5, 1.5, 2.5, "\n")
	fmt.Println(fmt.Sprint(3.0), fmt.Sprint(float32(3)), fmt.Sprintf("%6.1f%%", 99.44))
}
