// run

// math constants and the float bit helpers: Inf, NaN, IsInf, IsNaN,
// Float64bits and friends, MaxInt/MinInt limits and typed conversions.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.SqrtE, math.SqrtPi, math.Phi, math.Ln2, math.Log2E, math.Ln10, math.Log10E)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64), math.MaxInt, math.MinInt, uint(math.MaxUint))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(inf, ninf, nan, math.Inf(0))
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(ninf, 0), math.IsInf(1e308, 0), math.IsNaN(nan), math.IsNaN(inf), nan == nan, nan != nan, inf == inf)
	fmt.Println(inf > math.MaxFloat64, -inf < -math.MaxFloat64, inf-inf, inf*0, 1/inf)
	fmt.Printf("%#x %#x %#x %#x\n", math.Float64bits(1), math.Float64bits(-0.0), math.Float64bits(math.Copysign(0, -1)), math.Float32bits(1.5))
	fmt.Println(math.Float64frombits(0x4009_21fb_5444_2d18), math.Float32frombits(0x3f80_0000), math.Float64frombits(0x7ff0000000000000))
	fmt.Println(math.IsNaN(math.Float64frombits(0x7ff8000000000001)), math.Signbit(math.Float64frombits(1<<63)))
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32, f32*2, float32(math.Pi), float64(float32(0.1)))
	x := 1e300
	fmt.Println(x*1e10, -x*1e10, x*1e-10)
}
