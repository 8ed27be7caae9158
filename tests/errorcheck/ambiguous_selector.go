// errorcheck

// Selectors that are ambiguous between embedded fields at the same depth.
package main

type A struct{ Name string }

func (A) Hello() {}

type B struct{ Name string }

func (B) Hello() {}

type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.Name // ERROR "ambiguous selector c\.Name"
	c.Hello() // ERROR "ambiguous selector c\.Hello"
	_ = c.A.Name
}
