// run

// Every math function over special values (NaN, ±Inf, ±0), huge, tiny and
// subnormal arguments, and a sweep of pseudo-random arguments in several
// ranges, printed with %v and %b so that any difference in the last bit
// shows; then math/bits over many inputs. The float results must agree
// with gc's bit for bit.
package main

import (
	"fmt"
	"math"
	"math/bits"
)

// rng is a xorshift64* generator, so the sweep is the same on every run.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s >> 12
	r.s ^= r.s << 25
	r.s ^= r.s >> 27
	return r.s * 2685821657736338717
}

// float returns a value in [lo, hi).
func (r *rng) float(lo, hi float64) float64 {
	return lo + (hi-lo)*float64(r.next()>>11)/(1<<53)
}

var specials = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 0.1, -0.1,
	math.Inf(1), math.Inf(-1), math.NaN(),
	math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
	2.2250738585072014e-308, 1e-310, -3e-320, 1e-300, 1e300, -1e300,
	1e-20, 1e20, 1 << 29, 1<<29 + 0.5, 1 << 52, 1<<53 + 2, 1 << 63, 1e22, 1e30, -1e30,
	math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, 3 * math.Pi / 4, math.E, math.Ln2, math.Sqrt2,
	0.7, 0.66, 0.625, 2.414, 2.5, -2.5, 3.5, 4.5, -0.49999999999999994, 0.49999999999999994,
	21, 22, 709, 709.78, 710, -708, -745, -746, 1023, 1024, -1074, -1075, 1e-9, 4.5e15, 1.5e16,
	0.9999999999999999, 1.0000000000000002, 35, 56, 100, -40, 1e5, 1e10,
}

func sweep() []float64 {
	r := &rng{s: 0x9E3779B97F4A7C15}
	var xs []float64
	ranges := [][2]float64{{-1, 1}, {-4, 4}, {-20, 20}, {-750, 750}, {-1e6, 1e6}, {0, 1e-3}, {1e15, 1e20}}
	for _, rg := range ranges {
		for i := 0; i < 12; i++ {
			xs = append(xs, r.float(rg[0], rg[1]))
		}
	}
	// Raw bit patterns: any exponent.
	for i := 0; i < 12; i++ {
		xs = append(xs, math.Float64frombits(r.next()))
	}
	return xs
}

func show(name string, x, y float64) {
	fmt.Printf("%s(%v) = %v %b\n", name, x, y, y)
}

func show2(name string, x, y, z float64) {
	fmt.Printf("%s(%v, %v) = %v %b\n", name, x, y, z, z)
}

func main() {
	xs := append(append([]float64{}, specials...), sweep()...)
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sqrt", math.Sqrt}, {"Abs", math.Abs}, {"Floor", math.Floor}, {"Ceil", math.Ceil},
		{"Trunc", math.Trunc}, {"Round", math.Round}, {"RoundToEven", math.RoundToEven},
		{"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1}, {"Log", math.Log},
		{"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p}, {"Sin", math.Sin},
		{"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin}, {"Acos", math.Acos},
		{"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh}, {"Tanh", math.Tanh},
		{"Cbrt", math.Cbrt},
	}
	for _, u := range unary {
		for _, x := range xs {
			show(u.name, x, u.f(x))
		}
	}
	// The small-argument paths of the inverse and hyperbolic functions.
	r := &rng{s: 12345}
	for i := 0; i < 40; i++ {
		x := r.float(-1, 1)
		fmt.Printf("%v: %b %b %b %b %b %b\n", x, math.Asin(x), math.Acos(x), math.Atan(x), math.Sinh(x), math.Tanh(x), math.Log1p(x))
		s, c := math.Sincos(x * 100)
		fmt.Printf("  sincos %b %b\n", s, c)
	}
	for _, x := range xs {
		s, c := math.Sincos(x)
		fmt.Printf("Sincos(%v) = %v %v\n", x, s, c)
		fr, e := math.Frexp(x)
		fmt.Printf("Frexp(%v) = %v %b %d\n", x, fr, fr, e)
		ip, fp := math.Modf(x)
		fmt.Printf("Modf(%v) = %v %v\n", x, ip, fp)
	}
	for _, e := range []int{-2000, -1100, -1075, -1074, -1073, -1060, -1023, -1022, -1, 0, 1, 52, 1000, 1023, 1024, 2000} {
		for _, x := range []float64{1, -1, 0.75, 1.5, math.MaxFloat64, 1e-310, 0.9999999999999999, 3, math.Inf(-1), math.NaN()} {
			show2("Ldexp", x, float64(e), math.Ldexp(x, e))
		}
	}
	for n := -330; n <= 315; n += 7 {
		fmt.Printf("Pow10(%d) = %v %b\n", n, math.Pow10(n), math.Pow10(n))
	}

	ys := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, 0.25, 1.5, 10, 0.1,
		math.Inf(1), math.Inf(-1), math.NaN(), 1e-310, 1e300, math.MaxFloat64, 1 << 63, 53, -1074, 7.5}
	binary := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Hypot", math.Hypot}, {"Mod", math.Mod},
		{"Remainder", math.Remainder}, {"Max", math.Max}, {"Min", math.Min}, {"Dim", math.Dim},
		{"Copysign", math.Copysign},
	}
	for _, b := range binary {
		for _, x := range ys {
			for _, y := range ys {
				show2(b.name, x, y, b.f(x, y))
			}
		}
		for i := 0; i < 60; i++ {
			x, y := r.float(-50, 50), r.float(-20, 20)
			show2(b.name, x, y, b.f(x, y))
			x, y = r.float(0, 3), r.float(-400, 400)
			show2(b.name, x, y, b.f(x, y))
		}
	}
	for i := 0; i < 60; i++ {
		x, y, z := r.float(-1e3, 1e3), r.float(-1e3, 1e3), r.float(-1e3, 1e3)
		fmt.Printf("FMA(%v, %v, %v) = %b\n", x, y, z, math.FMA(x, y, z))
	}
	for _, t := range [][3]float64{{1, 1, 1}, {0.1, 10, -1}, {math.Inf(1), 0, 1}, {math.MaxFloat64, 2, -math.MaxFloat64},
		{1e-300, 1e-300, 0}, {math.Copysign(0, -1), 1, 0}, {math.NaN(), 1, 1}, {1 + 0x1p-52, 1 - 0x1p-53, -1}} {
		fmt.Printf("FMA(%v, %v, %v) = %v %b\n", t[0], t[1], t[2], math.FMA(t[0], t[1], t[2]), math.FMA(t[0], t[1], t[2]))
	}

	// math/bits.
	us := []uint64{0, 1, 2, 3, 0x80, 0xff, 0x100, 0x8000, 0xffff, 0x10000, 1 << 31, 1<<32 - 1, 1 << 32,
		1 << 63, 1<<64 - 1, 0x0123456789abcdef, 0xfedcba9876543210, 0x5555555555555555}
	for i := 0; i < 40; i++ {
		v := r.next()
		us = append(us, v, v>>(i%64), v&(1<<(i%64)-1))
	}
	for _, u := range us {
		fmt.Printf("%#x: lz %d %d %d %d %d tz %d %d %d %d %d ones %d %d %d %d %d len %d %d %d %d %d\n", u,
			bits.LeadingZeros(uint(u)), bits.LeadingZeros8(uint8(u)), bits.LeadingZeros16(uint16(u)), bits.LeadingZeros32(uint32(u)), bits.LeadingZeros64(u),
			bits.TrailingZeros(uint(u)), bits.TrailingZeros8(uint8(u)), bits.TrailingZeros16(uint16(u)), bits.TrailingZeros32(uint32(u)), bits.TrailingZeros64(u),
			bits.OnesCount(uint(u)), bits.OnesCount8(uint8(u)), bits.OnesCount16(uint16(u)), bits.OnesCount32(uint32(u)), bits.OnesCount64(u),
			bits.Len(uint(u)), bits.Len8(uint8(u)), bits.Len16(uint16(u)), bits.Len32(uint32(u)), bits.Len64(u))
		fmt.Printf("  rev %#x %#x %#x %#x %#x bytes %#x %#x %#x %#x\n",
			bits.Reverse(uint(u)), bits.Reverse8(uint8(u)), bits.Reverse16(uint16(u)), bits.Reverse32(uint32(u)), bits.Reverse64(u),
			bits.ReverseBytes(uint(u)), bits.ReverseBytes16(uint16(u)), bits.ReverseBytes32(uint32(u)), bits.ReverseBytes64(u))
		for _, k := range []int{0, 1, 5, 13, 31, 63, 64, -1, -9, 100} {
			fmt.Printf("  rotl %d: %#x %#x %#x %#x %#x\n", k, bits.RotateLeft(uint(u), k), bits.RotateLeft8(uint8(u), k),
				bits.RotateLeft16(uint16(u), k), bits.RotateLeft32(uint32(u), k), bits.RotateLeft64(u, k))
		}
	}
	for i := 0; i+1 < len(us); i += 2 {
		x, y := us[i], us[i+1]
		for _, c := range []uint64{0, 1} {
			s, co := bits.Add64(x, y, c)
			d, bo := bits.Sub64(x, y, c)
			s32, co32 := bits.Add32(uint32(x), uint32(y), uint32(c))
			d32, bo32 := bits.Sub32(uint32(x), uint32(y), uint32(c))
			su, cu := bits.Add(uint(x), uint(y), uint(c))
			du, bu := bits.Sub(uint(x), uint(y), uint(c))
			fmt.Printf("%#x %#x %d: add %#x %d sub %#x %d add32 %#x %d sub32 %#x %d add %#x %d sub %#x %d\n", x, y, c, s, co, d, bo, s32, co32, d32, bo32, su, cu, du, bu)
		}
		hi, lo := bits.Mul64(x, y)
		h32, l32 := bits.Mul32(uint32(x), uint32(y))
		hu, lu := bits.Mul(uint(x), uint(y))
		fmt.Printf("  mul %#x %#x mul32 %#x %#x mul %#x %#x\n", hi, lo, h32, l32, hu, lu)
		if y != 0 {
			q, rem := bits.Div64(x%y, x, y)
			qu, ru := bits.Div(uint(x%y), uint(y), uint(y))
			fmt.Printf("  div %#x %#x div %#x %#x rem %#x %#x\n", q, rem, qu, ru, bits.Rem64(x, y, y), bits.Rem(uint(y), uint(x), uint(y)))
			if hi < y {
				q, rem = bits.Div64(hi, lo, y)
				fmt.Printf("  div(mul) %#x %#x\n", q, rem)
			}
		}
		if uint32(y) != 0 {
			q, rem := bits.Div32(uint32(x)%uint32(y), uint32(x>>32), uint32(y))
			fmt.Printf("  div32 %#x %#x rem32 %#x\n", q, rem, bits.Rem32(uint32(x), uint32(x>>32), uint32(y)))
		}
	}
	// Div's panics.
	for _, c := range [][3]uint64{{1, 0, 0}, {5, 0, 5}, {6, 1, 5}} {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(bits.Div64(c[0], c[1], c[2]))
		}()
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(bits.Div32(uint32(c[0]), uint32(c[1]), uint32(c[2])))
		}()
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(bits.Rem64(c[0], c[1], c[2]))
		}()
	}
}
