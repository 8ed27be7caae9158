// errorcheck

// Conditions of if and for statements must be boolean.
package main

func main() {
	x := 1
	s := "s"
	if x { // ERROR "non-boolean condition in if statement"
	}
	for s { // ERROR "non-boolean condition in for statement"
	}
	for i := 0; i; i++ { // ERROR "non-boolean condition in for statement"
	}
	b := x > 0
	if b == 1 { // ERROR "invalid operation: b == 1 \(mismatched types bool and untyped int\)"
	}
}
