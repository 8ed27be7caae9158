// run

package main

import (
	"fmt"
	"math"
)

func div(a, b int) (q, r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("%v", e)
		}
	}()
	return a / b, a % b, nil
}

func main() {
	cases := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {5, 0}, {math.MinInt64, -1}, {math.MinInt64, 1}, {math.MaxInt64, -1}}
	for _, c := range cases {
		q, r, err := div(c[0], c[1])
		fmt.Println(c[0], c[1], q, r, err)
	}
	var a8 int8 = -128
	var m1 int8 = -1
	fmt.Println(a8/m1, a8%m1)
	var a32 int32 = math.MinInt32
	var d32 int32 = -1
	fmt.Println(a32/d32, a32%d32)
	var u uint32 = 7
	var z uint32
	func() {
		defer func() { fmt.Println("uint recovered:", recover()) }()
		fmt.Println(u / z)
	}()
	func() {
		defer func() { fmt.Println("mod recovered:", recover()) }()
		fmt.Println(u % z)
	}()
	// Division by constant powers of two for negatives.
	for _, n := range []int{-9, -8, -1, 0, 1, 7, 8, 9} {
		fmt.Print(n/4, " ", n%4, " ", n>>2, " ", n&3, "; ")
	}
	fmt.Println()
	for _, n := range []int32{-100, -7, 7, 100} {
		fmt.Print(n/10, " ", n%10, " ", n/-3, " ", n%-3, "; ")
	}
	fmt.Println()
	// Float division by zero does not panic.
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero, math.Signbit(-zero*1))
	var ff float32 = 1
	fmt.Println(ff/float32(zero), -ff/float32(zero))
}
