// Differential test: strconv float formatting and parsing.
package main

import (
	"math"
	"os"
	"strconv"
)

func out(s string) { os.Stdout.WriteString(s + "\n") }

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 1e-7, 1e-6, 123456789, 1234567.891, 100, 1e100, 1e-100, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.Inf(1), math.Inf(-1), math.NaN(), 0.5, 1.5, 2.5, 0.125, 0.000123456, 9.999999, 99.5, 0.05, 3.14159265358979, float64(float32(0.1)), 1 << 53, 1<<53 + 1, 123e45, 0.9999999999999999, 4.35, 2.675, 1e23, 8.41e21, 5e-310}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 5, 6, 10, 17, 20, 30}
	for _, v := range vals {
		for _, f := range fmts {
			for _, p := range precs {
				out(strconv.FormatFloat(v, f, p, 64) + " " + strconv.FormatFloat(v, f, p, 32))
			}
		}
		out(strconv.FormatFloat(v, 'f', 400, 64))
		out(string(strconv.AppendFloat([]byte("v="), v, 'g', -1, 64)))
	}
	// Pseudo-random bit patterns.
	x := uint64(0x9E3779B97F4A7C15)
	for i := 0; i < 3000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		v := math.Float64frombits(x)
		f32 := float64(math.Float32frombits(uint32(x >> 7)))
		p := int(x%25) - 1
		out(strconv.FormatFloat(v, 'g', -1, 64) + " " + strconv.FormatFloat(v, 'e', p, 64) + " " + strconv.FormatFloat(f32, 'g', -1, 32) + " " + strconv.FormatFloat(f32, 'f', p, 32) + " " + strconv.FormatFloat(v, 'g', p, 64))
		s := strconv.FormatFloat(v, 'e', int(x%20), 64)
		w, err := strconv.ParseFloat(s, 64)
		w32, err32 := strconv.ParseFloat(s, 32)
		out(strconv.FormatUint(math.Float64bits(w), 16) + errs(err) + " " + strconv.FormatUint(math.Float64bits(w32), 16) + errs(err32))
	}
	for _, s := range []string{"0", "-0", "1", "+1.5", ".5", "5.", ".", "1e", "1e+", "1e5", "1E-5", "1_000.5", "0x1p-2", "0x1.8p1", "0X1P+2", "0x1", "0x_1p0", "1p1", "inf", "+Inf", "-infinity", "infin", "nan", "NaN", "-nan", "1e400", "-1e400", "1e-400", "3.4028236e38", "3.4028235e38", "1e39", "0x1p1024", "0x1p-1075", "0x1.fffffffffffff8p1023", "abc", "", "1.5x", "1__0", "0.000000000000000000000000000000000000000000001", "123456789012345678901234567890", "2.2250738585072011e-308", "4.9406564584124654e-324", "1_0", "0x1.ffffffp127"} {
		v, err := strconv.ParseFloat(s, 64)
		v32, err32 := strconv.ParseFloat(s, 32)
		out(strconv.FormatFloat(v, 'g', -1, 64) + " " + errs(err) + " | " + strconv.FormatFloat(v32, 'g', -1, 32) + " " + errs(err32))
	}
}
