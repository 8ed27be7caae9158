// run

// Shortest float formatting round-trips through ParseFloat for many values
// from a deterministic generator, for float64 and float32, and integer
// formatting round-trips through ParseInt in every base.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	x := uint64(88172645463325252)
	next := func() uint64 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		return x
	}
	bad64, bad32, badInt := 0, 0, 0
	var sample []string
	for i := 0; i < 20000; i++ {
		bits := next()
		f := math.Float64frombits(bits)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		s := strconv.FormatFloat(f, 'g', -1, 64)
		g, err := strconv.ParseFloat(s, 64)
		if err != nil || g != f {
			bad64++
		}
		f32 := math.Float32frombits(uint32(bits))
		if !math.IsNaN(float64(f32)) && !math.IsInf(float64(f32), 0) {
			s32 := strconv.FormatFloat(float64(f32), 'e', -1, 32)
			g32, err := strconv.ParseFloat(s32, 32)
			if err != nil || float32(g32) != f32 {
				bad32++
			}
		}
		n := int64(bits)
		base := 2 + int(bits%35)
		back, err := strconv.ParseInt(strconv.FormatInt(n, base), base, 64)
		if err != nil || back != n {
			badInt++
		}
		if i%2000 == 0 {
			sample = append(sample, s, strconv.FormatFloat(f, 'e', 5, 64), strconv.FormatInt(n, base))
		}
	}
	fmt.Println(bad64, bad32, badInt)
	for _, s := range sample {
		fmt.Println(s)
	}
	// Decimal values that are classic rounding traps.
	for _, s := range []string{"0.1", "0.2", "0.3", "2.675", "1.005", "9007199254740993", "1e23", "8.41e21", "5e-324", "2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623158e308"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 20, 64), err)
	}
}
