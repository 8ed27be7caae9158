// errorcheck

// Return statements with the wrong number or types of values.
package main

import "errors"

func div(a, b int) (int, error) {
	if b == 0 {
		return errors.New("division by zero") // ERROR "not enough return values"
	}
	return a / b // ERROR "not enough return values"
}

func name() string {
	return 42 // ERROR "cannot use 42 \(untyped int constant\) as string value in return statement"
}

func both() (x, y int) {
	return "a", 1 // ERROR "cannot use .a. \(untyped string constant\) as int value in return statement"
}

func nothing() {
	return nil // ERROR "too many return values"
}

func main() {
	div(1, 2)
	name()
	both()
	nothing()
}
