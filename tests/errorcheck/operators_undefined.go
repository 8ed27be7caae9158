// errorcheck

// Arithmetic, logical and bitwise operators on types that do not support them.
package main

type Point struct{ X, Y int }

func main() {
	f := 1.5
	_ = f % 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	_ = f & 1 // ERROR "invalid operation: operator & not defined on f \(variable of type float64\)"
	var p, q Point
	_ = p + q // ERROR "invalid operation: operator \+ not defined on p \(variable of struct type Point\)"
	s := []int{}
	_ = s + s // ERROR "invalid operation: operator \+ not defined on s \(variable of type \[\]int\)"
	b := true
	_ = ^b // ERROR "invalid operation: operator \^ not defined on b \(variable of type bool\)"
	str := "a"
	str++ // ERROR "invalid operation: str\+\+ \(non-numeric type string\)"
	var ptr *int
	_ = ptr + 1 // ERROR "invalid operation: ptr \+ 1 \(mismatched types \*int and untyped int\)"
	_ = !1 // ERROR "invalid operation: operator ! not defined on 1 \(untyped int constant\)"
	_ = -"x" // ERROR "invalid operation: operator - not defined on .x. \(untyped string constant\)"
}
