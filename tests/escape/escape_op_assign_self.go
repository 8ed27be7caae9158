// errorcheck -0 -m -l

// x.f op= y is gc's OASOP: an assignment of y to x.f, which is a
// self-assignment when y is another field (or element) of the same x.

package main

import "fmt"

type T struct {
	a, b int
	s, t string
	p    []int
	q    *T
}

func f(x *T, y T, n int) { // ERROR "leaking param content: x$" "leaking param: y$"
	x.a += x.b // ERROR "f ignoring self\-assignment in x\.a \+= x\.b$"
	x.s += x.t // ERROR "f ignoring self\-assignment in x\.s \+= x\.t$"
	y.s += y.t // ERROR "f ignoring self\-assignment in y\.s \+= y\.t$"
	y.a -= y.b * 2
	x.a <<= x.b // ERROR "f ignoring self\-assignment in x\.a <<= x\.b$"
	x.s += "k"
	x.q.a += x.q.b // ERROR "f ignoring self\-assignment in x\.q\.a \+= x\.q\.b$"
	x.a = x.a + x.b
	s := "a"
	s += x.t
	fmt.Println(s, y) // ERROR "\.\.\. argument does not escape$" "s escapes to heap$" "y escapes to heap$"
}

func main() {
	f(&T{}, T{}, 1) // ERROR "\&T\{\} does not escape$"
}
