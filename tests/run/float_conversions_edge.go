// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fs := []float64{0.1, 0.5, 1.5, 2.5, -0.5, -1.5, 1e15 + 0.3, 123456789.987654321}
	for _, f := range fs {
		fmt.Println(f, int64(f), math.Floor(f), math.Ceil(f), math.Trunc(f), float32(f))
	}
	fmt.Println(math.Sqrt(2), math.Abs(-3.5), math.Max(1, 2), math.Min(1, 2), math.Mod(7, 3), math.Pow(2, 10))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.Pi)
	fmt.Println(float64(math.MaxInt64), float64(math.MinInt64), float32(math.MaxFloat32))
	var x float32 = 1.0 / 3.0
	var y float64 = 1.0 / 3.0
	fmt.Println(x, y, float64(x) == y, x*3, y*3)
	fmt.Printf("%.10f %.3e %g %G %v %08.3f %+.2f\n", y, 123456.789, 1e21, 1e-7, 100000000.0, 3.14159, 2.0)
	fmt.Printf("%v %v %v %v\n", 1e6, 1e20, 1e21, 123456789.0)
	fmt.Printf("%6.2f|%-8.3f|%e\n", math.Pi, -math.E, 0.0)
	var i int = 1 << 62
	fmt.Println(float64(i), float32(i), int64(float64(i)))
	u := uint64(1<<63 + 1<<11)
	fmt.Println(float64(u), uint64(float64(u)))
	fmt.Println(math.Inf(1) > 0, -math.Inf(1) < 0, math.NaN() != math.NaN())
	h := math.Float64bits(1.5)
	fmt.Printf("%x %v\n", h, math.Float64frombits(h))
	fmt.Println(float32(16777216.0)+1, float64(float32(16777217)))
}
