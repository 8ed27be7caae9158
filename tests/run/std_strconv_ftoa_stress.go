// run

// strconv.FormatFloat over many values: random bit patterns (normal and
// subnormal, float64 and float32), exact ties such as 0.125 and 2.5,
// powers of two and ten and their neighbours, and the extremes; in the
// formats 'e', 'E', 'f', 'g', 'G', 'b', 'x' and 'X' with the shortest
// precision (-1) and fixed ones from 0 to 1100. Selected values and
// formats are printed in full; the rest is folded into one digest per
// format so the output stays small.
package main

import (
	"fmt"
	"math"
	"strconv"
)

type lcg struct{ state uint64 }

func (r *lcg) next() uint64 {
	r.state = r.state*6364136223846793005 + 1442695040888963407
	return r.state
}

type format struct {
	verb byte
	prec int
}

var formats = []format{
	{'e', -1}, {'e', 0}, {'e', 1}, {'e', 3}, {'e', 6}, {'e', 15}, {'e', 16}, {'e', 17}, {'e', 25},
	{'E', 4},
	{'f', -1}, {'f', 0}, {'f', 1}, {'f', 2}, {'f', 3}, {'f', 6}, {'f', 10}, {'f', 19}, {'f', 20}, {'f', 30},
	{'g', -1}, {'g', 0}, {'g', 1}, {'g', 2}, {'g', 5}, {'g', 6}, {'g', 10}, {'g', 16}, {'g', 17}, {'g', 21},
	{'G', 3},
	{'b', -1}, {'x', -1}, {'x', 0}, {'x', 3}, {'x', 13}, {'x', 14}, {'x', 20}, {'X', 5},
}

func interesting() []float64 {
	vs := []float64{0, 1, -1, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e6, 123456, 1234567,
		0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375, 1.125, 0.0625, 1e21, 1e20, 1e-7, 1e-6, 1e-5, 1e-4,
		9.5, 99.5, 999.5, 0.05, 0.15, 0.25, 0.35, 0.45, 1.005, 2.675, 1e23, 5e-324, 1e-320,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 2.225073858507201e-308,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 1.17549435e-38, math.Pi, math.E, -math.Pi * 1e10,
		9007199254740992, 9007199254740993, 18014398509481984, 1 << 62, 1 << 63, 1<<64 - 1,
		999999999999999.9, 0.9999999999999999, 99.99999999999999, 4.35, 8.5e-5, 1.999999}
	for e := -30; e <= 30; e += 3 {
		p := math.Pow(10, float64(e))
		vs = append(vs, p, math.Nextafter(p, 0), math.Nextafter(p, math.Inf(1)))
	}
	for e := -1074; e <= 1023; e += 97 {
		vs = append(vs, math.Ldexp(1, e), math.Ldexp(1.5, e))
	}
	return vs
}

func main() {
	// Full output for the interesting values in a few formats.
	shown := []format{{'e', -1}, {'e', 3}, {'f', -1}, {'f', 2}, {'g', -1}, {'g', 4}, {'x', -1}, {'b', -1}}
	for _, v := range interesting() {
		fmt.Print("64:")
		for _, f := range shown {
			fmt.Print(" ", strconv.FormatFloat(v, f.verb, f.prec, 64))
		}
		fmt.Print(" 32:")
		for _, f := range shown[:5] {
			fmt.Print(" ", strconv.FormatFloat(v, f.verb, f.prec, 32))
		}
		fmt.Println()
	}
	for _, v := range []float64{math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)} {
		for _, f := range formats {
			fmt.Print(" ", strconv.FormatFloat(v, f.verb, f.prec, 64))
		}
		fmt.Println()
	}

	// Very long fixed precisions need every digit of the exact expansion.
	fmt.Println(strconv.FormatFloat(5e-324, 'f', 1100, 64))
	fmt.Println(strconv.FormatFloat(5e-324, 'e', 800, 64))
	fmt.Println(strconv.FormatFloat(math.MaxFloat64, 'f', 3, 64))
	fmt.Println(strconv.FormatFloat(math.MaxFloat64, 'e', 400, 64))
	fmt.Println(strconv.FormatFloat(math.SmallestNonzeroFloat32, 'g', 200, 32))
	fmt.Println(strconv.FormatFloat(0.1, 'f', 60, 64), strconv.FormatFloat(0.1, 'f', 60, 32))
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 1.0/7, 'g', 40, 64)))

	// Digests over all formats of the interesting values and random bit
	// patterns (each pattern and a smaller one from its top bits, often
	// subnormal), with the top half of every other value as a float32.
	r := &lcg{2024}
	const n = 600
	values := interesting()
	for i := 0; i < n; i++ {
		b := r.next()
		f := math.Float64frombits(b)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			f = float64(b>>12) / 7
		}
		values = append(values, f)
		values = append(values, math.Float64frombits(b>>(12+b%40)))
	}
	for _, f := range formats {
		h64, h32 := uint64(14695981039346656037), uint64(14695981039346656037)
		for i, v := range values {
			s := strconv.FormatFloat(v, f.verb, f.prec, 64)
			for k := 0; k < len(s); k++ {
				h64 = (h64 ^ uint64(s[k])) * 1099511628211
			}
			if i%2 == 0 {
				v32 := float64(math.Float32frombits(uint32(math.Float64bits(v) >> 32)))
				if math.IsNaN(v32) {
					continue
				}
				s = strconv.FormatFloat(v32, f.verb, f.prec, 32)
				for k := 0; k < len(s); k++ {
					h32 = (h32 ^ uint64(s[k])) * 1099511628211
				}
			}
		}
		fmt.Printf("%c %3d: %016x %016x\n", f.verb, f.prec, h64, h32)
	}

	// Round trips of the shortest forms.
	bad := 0
	for _, v := range values {
		for _, verb := range []byte{'e', 'f', 'g'} {
			s := strconv.FormatFloat(v, verb, -1, 64)
			back, err := strconv.ParseFloat(s, 64)
			if err != nil || back != v {
				bad++
			}
		}
	}
	fmt.Println("round-trip failures:", bad)
}
