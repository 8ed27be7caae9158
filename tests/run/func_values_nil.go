// run

package main

import "fmt"

type Op func(int, int) int

func apply(f Op, a, b int) int {
	if f == nil {
		return -1
	}
	return f(a, b)
}

func add(a, b int) int { return a + b }

type Handlers struct {
	onA func() string
	onB func() string
}

func main() {
	var f func()
	fmt.Println(f == nil)
	f = func() {}
	fmt.Println(f == nil, f != nil)
	fmt.Println(apply(nil, 1, 2), apply(add, 1, 2), apply(func(a, b int) int { return a * b }, 3, 4))
	h := Handlers{onA: func() string { return "A" }}
	for _, g := range []func() string{h.onA, h.onB} {
		if g != nil {
			fmt.Println(g())
		} else {
			fmt.Println("nil handler")
		}
	}
	var ops map[string]Op
	_ = ops
	var op Op
	fmt.Println(op == nil)
	op = add
	fmt.Println(op != nil, op(40, 2))
}
