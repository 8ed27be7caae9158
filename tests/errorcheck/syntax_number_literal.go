// errorcheck

// Malformed number literals.
package main

func main() {
	a := 089 // ERROR "invalid digit '8' in octal literal"
	b := 1__000 // ERROR "'_' must separate successive digits"
	c := 0x // ERROR "hexadecimal literal has no digits"
	d := 1_ // ERROR "'_' must separate successive digits"
	e := 0b102 // ERROR "invalid digit '2' in binary literal"
	_, _, _, _, _ = a, b, c, d, e
}
