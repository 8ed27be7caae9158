// run

// Package-level variables: initialisation order follows dependencies.
package main

import "fmt"

var (
	a = b + 1
	b = f()
	c = "c" + d
	d = "d"
	e bool
	n int
	s string
)

var calls = 0

func f() int {
	calls++
	return 41
}

func bump() {
	n++
	s += "x"
	e = !e
}

func main() {
	fmt.Println(a, b, c, d, calls)
	fmt.Println(e, n, s == "", len(s))
	for i := 0; i < 3; i++ {
		bump()
	}
	fmt.Println(e, n, s)
}
