// run

// Fixed-precision %f / FormatFloat(..., 'f', prec, ...) over exact ties,
// tiny and huge magnitudes, float32 and a sweep of pseudo-random values at
// every precision from 0 to 22: each digit and each half-even rounding
// must match gc's.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{
		0, math.Copysign(0, -1), 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, -0.625, 1e-7, 5e-324,
		0.045, 0.055, 1.005, 2.675, 1234.5678, -9999.995, 1 << 53, 1<<64 - 1, 1 << 70,
		1e15, 1e19, 1e20, 1e21, 123456789012345678, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3,
		math.Pi, math.E, math.MaxFloat64, math.SmallestNonzeroFloat64, 9.5, 10.5, 0.95, 0.05,
		4503599627370495.5, 4503599627370496.5, 7.0 / 1024, 1.0 / 1024,
	}
	s := uint64(0x243F6A8885A308D3)
	next := func() uint64 {
		s ^= s << 13
		s ^= s >> 7
		s ^= s << 17
		return s
	}
	for i := 0; i < 60; i++ {
		m := float64(next()>>11) / (1 << 53)
		e := int(next()%40) - 20
		vals = append(vals, m*math.Pow10(e), -m*float64(next()%100000))
	}
	for _, v := range vals {
		line := fmt.Sprintf("%v:", v)
		for prec := 0; prec <= 22; prec++ {
			line += " " + strconv.FormatFloat(v, 'f', prec, 64)
		}
		fmt.Println(line)
		fmt.Println("  f32:", strconv.FormatFloat(float64(float32(v)), 'f', 3, 32), strconv.FormatFloat(float64(float32(v)), 'f', 9, 32))
		fmt.Printf("  %6.2f|%-10.3f|%+.0f|%08.4f|%.1f\n", v, v, v, v, v)
	}
	for i := 0; i < 300; i++ {
		v := float64(i) / 8
		fmt.Print(strconv.FormatFloat(v, 'f', 2, 64), " ", strconv.FormatFloat(v, 'f', 0, 64), " ")
	}
	fmt.Println()
}
