// run

package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(5), max(-1, -7))
	fmt.Println(min(2.5, 1.5), max(2.5, 1.5))
	nan := math.NaN()
	fmt.Println(min(1, nan), max(nan, 1), min(nan, 2, 3), max(1, 2, nan))
	negz := math.Copysign(0, -1)
	fmt.Println(1/min(0.0, negz), 1/min(negz, 0.0), 1/max(0.0, negz), 1/max(negz, 0.0))
	fmt.Println(min("banana", "apple", "cherry"), max("banana", "apple", "cherry"))
	fmt.Println(min("", "a"), max("ab", "abc"))
	x, y := int8(-5), int8(7)
	fmt.Println(min(x, y), max(x, y))
	var u uint = 3
	fmt.Println(min(u, 10), max(u, 1))
	const c = min(1, 2.5, 'a')
	fmt.Println(c)
	inf := math.Inf(1)
	fmt.Println(min(inf, 5), max(-inf, 5), max(inf, nan))
}
