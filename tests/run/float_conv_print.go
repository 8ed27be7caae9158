// run

package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	negz := math.Copysign(0, -1)
	fmt.Println(nan, inf, -inf, negz, 0.0)
	println(nan, inf, -inf, negz, 1.5, -2.25e-10, 1e21)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, inf > math.MaxFloat64, negz == 0)
	fmt.Printf("%v %g %e %f %.3f %8.2f|%-8.2f|\n", 1234.5678, 1e-7, 123456.789, 1e6, math.Pi, -3.14159, 2.5)
	fmt.Println(float32(0.1), float64(float32(0.1)), 0.1+0.2, float32(16777217))
	fmt.Println(1e20, 1e21, 1e-4, 1e-5, 123456789.0, 100000000000000000000.0)
	fmt.Println(float32(1e20), float32(1e21), float32(3.4e38), math.MaxFloat32)
	// Conversions float -> int truncate toward zero.
	for _, f := range []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75, -1e15 - 0.5} {
		fmt.Print(int(f), " ", int32(f), " ", int64(f), "; ")
	}
	fmt.Println()
	f1, f2 := 200.7, 3.99
	fmt.Println(uint8(int(f1)), uint(f2), int64(float32(1<<40)))
	// int -> float rounding.
	var big int64 = 1<<53 + 1
	fmt.Println(float64(big), float32(big), float64(uint64(1<<64-1)))
	var u64 uint64 = 1<<63 + 1025
	fmt.Println(float64(u64), float32(u64))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5))
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Max(nan, 1), math.Min(negz, 0))
	fmt.Println(min(1.0, nan), max(2.0, 3.0, 1.0), min(negz, 0.0), max(negz, 0.0))
	var f32 float32 = 1.0 / 3
	fmt.Println(f32, f32*3, float64(f32))
	fmt.Printf("%T %T\n", f32*2, 2*1.5)
	fmt.Printf("%v %.0f %.1f %g\n", 2.5, 2.5, 0.05, 1e100)
	fmt.Printf("%6.2e|%G|%x\n", 123456.0, 1e-10, 1.0)
	type Temp float64
	t := Temp(-0.0)
	t2 := Temp(negz)
	fmt.Println(t, t2, t == t2)
}
