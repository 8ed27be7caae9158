// Differential test: package math and math/bits. Functions gc implements
// in amd64 assembly (Exp, Log, Hypot) are reported as a mismatch count
// rather than value by value.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 10, 100, 1e-10, 1e10, 1e300, -1e300, math.Pi, math.E, 0.1, 1.5, 2.5, -2.5, 3.7, -3.7, 1e-310, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 1 << 53, 123456.789, 1e20, 1 << 30, 1e6 + 0.5}
	un := []struct {
		name string
		f    func(float64) float64
	}{
		{"Abs", math.Abs}, {"Sqrt", math.Sqrt}, {"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos}, {"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh},
		{"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Expm1", math.Expm1}, {"Cbrt", math.Cbrt}, {"Exp2", math.Exp2},
	}
	for _, u := range un {
		fmt.Print(u.name, ":")
		for _, v := range vals {
			fmt.Print(" ", u.f(v))
		}
		fmt.Println()
	}
	bin := []struct {
		name string
		f    func(float64, float64) float64
	}{{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Mod", math.Mod}, {"Max", math.Max}, {"Min", math.Min}, {"Dim", math.Dim}, {"Remainder", math.Remainder}, {"Copysign", math.Copysign}}
	for _, b := range bin {
		fmt.Print(b.name, ":")
		for _, x := range vals[:24] {
			for _, y := range vals[:24] {
				fmt.Print(" ", b.f(x, y))
			}
		}
		fmt.Println()
	}
	for _, v := range vals {
		fr, ex := math.Frexp(v)
		ip, fp := math.Modf(v)
		s, c := math.Sincos(v)
		fmt.Println(fr, ex, ip, fp, math.Ldexp(v, 3), math.Ldexp(v, -1080), s, c, math.IsNaN(v), math.IsInf(v, 0), math.IsInf(v, -1), math.Signbit(v), math.Float64bits(v), math.Float32bits(float32(v)))
	}
	// Sweep: hash the bits of many results per function.
	x := uint64(0x2545F4914F6CDD1D)
	var h [12]uint64
	for i := 0; i < 200000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		v := float64(int64(x>>11)) / (1 << 40) // about ±4e6
		w := math.Float64frombits(x)
		s := float64(int64(x>>20)) / (1 << 36) // about ±100
		for j, r := range []float64{math.Exp(s), math.Log(math.Abs(w)), math.Pow(math.Abs(s), v/1e6), math.Hypot(v, w), math.Sin(v), math.Cos(w), math.Tan(v * 1e10), math.Atan2(v, s), math.Sinh(s), math.Log1p(math.Abs(s)), math.Exp2(s), math.Cbrt(w)} {
			h[j] = h[j]*1000003 + math.Float64bits(r)
		}
	}
	fmt.Println(h)
	fmt.Println(math.Exp(1), math.Exp(-1), math.Exp(709), math.Exp(710), math.Log(2), math.Log(10), math.Hypot(3, 4), math.Hypot(1e300, 1e300), math.Pow10(5), math.Pow10(-400), math.Inf(1), math.NaN(), math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt32, math.MaxFloat32, math.SmallestNonzeroFloat32)
	for _, u := range []uint64{0, 1, 2, 3, 0x80, 0xff00, 1 << 63, math.MaxUint64, 0x123456789abcdef} {
		hi, lo := bits.Mul64(u, u+7)
		q, r := bits.Div64(1, u|1, u|3)
		s, c := bits.Add64(u, u, 1)
		d, b := bits.Sub64(u, ^u, 1)
		fmt.Println(bits.Len64(u), bits.LeadingZeros64(u), bits.TrailingZeros64(u), bits.OnesCount64(u), bits.Reverse64(u), bits.ReverseBytes64(u), bits.RotateLeft64(u, 13), bits.Len32(uint32(u)), bits.OnesCount8(uint8(u)), bits.Len(uint(u)), hi, lo, q, r, s, c, d, b, bits.UintSize)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	bits.Div64(5, 1, 2)
}
