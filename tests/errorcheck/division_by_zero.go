// errorcheck

// Constant division by zero is a compile-time error.
package main

const zero = 0

func main() {
	x := 10
	_ = x / 0 // ERROR "invalid operation: division by zero"
	_ = x % 0 // ERROR "invalid operation: division by zero"
	_ = 1 / zero // ERROR "invalid operation: division by zero"
	_ = 1.0 / 0.0 // ERROR "invalid operation: division by zero"
	f := 2.0
	_ = f / 0
	x /= 0 // ERROR "invalid operation: division by zero"
	_ = 5 % zero // ERROR "invalid operation: division by zero"
}
