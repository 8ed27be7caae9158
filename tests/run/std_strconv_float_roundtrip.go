// run

// Shortest float formatting round-trips: a deterministic pseudo-random
// stream of float64 and float32 bit patterns formatted with 'g'/-1 and
// parsed back must reproduce the same bits; a sample is printed.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	state := uint64(0x9E3779B97F4A7C15)
	next := func() uint64 {
		state ^= state << 13
		state ^= state >> 7
		state ^= state << 17
		return state
	}
	bad := 0
	for i := 0; i < 5000; i++ {
		b := next()
		f := math.Float64frombits(b)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		for _, fmtc := range []byte{'g', 'e', 'f'} {
			s := strconv.FormatFloat(f, fmtc, -1, 64)
			g, err := strconv.ParseFloat(s, 64)
			if err != nil || math.Float64bits(g) != b {
				bad++
			}
		}
		f32 := math.Float32frombits(uint32(b))
		if !math.IsNaN(float64(f32)) && !math.IsInf(float64(f32), 0) {
			s := strconv.FormatFloat(float64(f32), 'g', -1, 32)
			g, err := strconv.ParseFloat(s, 32)
			if err != nil || math.Float32bits(float32(g)) != uint32(b) {
				bad++
			}
		}
		if i%500 == 0 {
			fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(float64(f32), 'g', -1, 32))
		}
	}
	fmt.Println("mismatches:", bad)
	// Decimal inputs with many digits round correctly.
	for _, s := range []string{"0.1000000000000000055511151231257827", "9007199254740993", "2.4703282292062328e-324", "1.00000000000000011102230246251565404236316680908203125"} {
		f, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, "->", f, math.Float64bits(f))
	}
}
