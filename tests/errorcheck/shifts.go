// errorcheck

// Shift operands and counts of the wrong kind.
package main

func main() {
	s := uint(3)
	f := 2.0
	_ = 1.5 << 2 // ERROR "invalid operation: shifted operand 1\.5 \(untyped float constant\) must be integer"
	_ = f << 1 // ERROR "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	_ = 1 << f // ERROR "invalid operation: shift count f \(variable of type float64\) must be integer"
	var g float64 = 1 << s // ERROR "invalid operation: shifted operand 1 \(type float64\) must be integer"
	_ = 1 << -1 // ERROR "invalid operation: negative shift count -1 \(untyped int constant\)"
	x := 1
	_ = x << "a" // ERROR "cannot convert .a. \(untyped string constant\) to type uint"
	const big = 1 << 1000 // ERROR "constant shift overflow"
	_ = big
	var i int = 1 << 64 // ERROR "cannot use 1 << 64 \(untyped int constant 18446744073709551616\) as int value in variable declaration \(overflows\)"
	_, _ = g, i
}
