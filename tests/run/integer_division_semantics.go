// run

package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []int{7, -7, 0, 1, -1, math.MaxInt64, math.MinInt64}
	divs := []int{1, -1, 2, -2, 3, 7, math.MaxInt64}
	for _, a := range vals {
		for _, b := range divs {
			fmt.Print(a/b, ":", a%b, " ")
		}
		fmt.Println()
	}
	var u64 uint64 = math.MaxUint64
	fmt.Println(u64/3, u64%3, u64/math.MaxUint32, u64%10)
	var u32 uint32 = math.MaxUint32
	m1 := int32(-1)
	fmt.Println(u32/7, u32%7, uint32(m1)/2)
	var i16 int16 = math.MinInt16
	fmt.Println(i16/-1, i16%-1, i16/7, i16%7)
	var u8 uint8 = 255
	fmt.Println(u8/16, u8%16, u8/u8)
	// Constant divisors take strength-reduced paths.
	for _, x := range []int64{-100, -17, -1, 0, 1, 17, 100} {
		fmt.Print(x/8, x%8, x/10, x%10, x>>3, " ")
	}
	fmt.Println()
	for _, x := range []uint64{0, 1, 17, 1 << 63, math.MaxUint64} {
		fmt.Print(x/8, " ", x%8, " ", x/10, " ", x%10, " | ")
	}
	fmt.Println()
	a, b := -9, 4
	a /= b
	fmt.Println(a)
	a %= b
	fmt.Println(a)
}
