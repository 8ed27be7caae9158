// errorcheck

// A variable that is only assigned to counts as unused.
package main

type T struct{ f int }

func main() {
	a := 1 // ERROR "declared and not used: a"
	a = 2
	var b []int
	b = append(b, 1)
	var t T
	t.f = 3
	var p *T // ERROR "declared and not used: p"
	p = &T{}
	c, d := 1, 2
	c, d = d, c
	e := 0
	e++
}
