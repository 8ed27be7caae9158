// run

package main

import "fmt"

var (
	a = c + b // depends on b and c
	b = f("b")
	c = f("c")
	d = 3
)

var total = sum(1, 2, 3)

func f(s string) int {
	fmt.Println("init var", s)
	return len(s) * 10
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	fmt.Println("init total")
	return t
}

func init() {
	fmt.Println("init 1", a, b, c, d, total)
	d++
}

func init() {
	fmt.Println("init 2", d)
}

func main() {
	fmt.Println("main", a, d)
}
