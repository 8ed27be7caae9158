// run

// Typed and untyped constants, exact constant arithmetic and iota.
package main

import "fmt"

const (
	big        = 1 << 100
	small      = big >> 98
	greet      = "hi"
	yes        = 3 > 2
	ratio      = 7 / 2
	typed  int = 40
	masked     = (1<<70 - 1) & 0xFFFF
)

const (
	zero = iota
	one
	two
	_
	four
)

const (
	kb = 1 << (10 * (iota + 1))
	mb
	gb
)

func main() {
	fmt.Println(small, greet, yes, ratio, typed+2, masked)
	fmt.Println(zero, one, two, four)
	fmt.Println(kb, mb, gb)
	var n int = big / (1 << 90)
	fmt.Println(n)
	var x int = 'A'
	var d int = 'a' - 'A'
	fmt.Println(x, d)
	const s = greet + ", " + greet
	fmt.Println(s, len(s))
	var b bool = yes && !false
	fmt.Println(b)
	fmt.Println(-7/2, -7%2, 1e3 == 1000)
}
