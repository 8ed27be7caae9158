// run

package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	delete(m, nan)
	fmt.Println(len(m))
	sum := 0
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
		}
		sum += v
	}
	fmt.Println(nans, sum)

	negZero := math.Copysign(0, -1)
	m[0.0] = 10
	m[negZero] = 20
	fmt.Println(len(m), m[0], m[negZero])
	for k, v := range m {
		if k == 0 {
			fmt.Println("zero key", v, math.Signbit(k))
		}
	}
	clear(m)
	fmt.Println(len(m))

	f32 := map[float32]string{1.5: "a", -2.25: "b"}
	f32[float32(math.Inf(1))] = "inf"
	f32[float32(math.Copysign(0, -1))] = "z"
	fmt.Println(f32[1.5], f32[-2.25], f32[float32(math.Inf(1))], f32[0], len(f32))

	prices := map[float64]string{0.1: "dime", 0.25: "quarter", 0.05: "nickel", 1: "dollar"}
	var ks []float64
	for k := range prices {
		ks = append(ks, k)
	}
	sort.Float64s(ks)
	for _, k := range ks {
		fmt.Println(k, prices[k])
	}
	fmt.Println(prices[0.1+0.15], prices[0.30000000000000004-0.05])
}
