// errorcheck

// Increment, decrement and assignment operators on the wrong types.
package main

func main() {
	s := "a"
	s++ // ERROR "invalid operation: s\+\+ \(non-numeric type string\)"
	b := true
	b-- // ERROR "invalid operation: b-- \(non-numeric type bool\)"
	x := 1
	x += "a" // ERROR "invalid operation: x \+= .a. \(mismatched types int and untyped string\)"
	s -= "a" // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	f := 1.5
	f %= 2 // ERROR "invalid operation: operator % not defined on f \(variable of type float64\)"
	x <<= 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint"
	b += b // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	var arr [2]int
	arr += arr // ERROR "invalid operation: operator \+ not defined on arr \(variable of type \[2\]int\)"
}
