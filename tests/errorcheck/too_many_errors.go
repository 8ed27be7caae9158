// errorcheck

// gc stops after ten errors and says so.
package main

func main() {
	a := x1 // ERROR "undefined: x1"
	b := x2 // ERROR "undefined: x2"
	c := x3 // ERROR "undefined: x3"
	d := x4 // ERROR "undefined: x4"
	e := x5 // ERROR "undefined: x5"
	f := x6 // ERROR "undefined: x6"
	g := x7 // ERROR "undefined: x7"
	h := x8 // ERROR "undefined: x8"
	i := x9 // ERROR "undefined: x9"
	j := x10 // ERROR "undefined: x10" "too many errors"
	k := x11
	_, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j, k
}
