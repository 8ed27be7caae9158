// errorcheck

// Constant expressions that overflow int, divide by zero or index out of range.
package main

const big = 1 << 70

func main() {
	var x int = 1 << 70              // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in variable declaration \(overflows\)"
	y := big                         // ERROR "cannot use big \(untyped int constant 1180591620717411303424\) as int value in assignment \(overflows\)"
	z := 9223372036854775808         // ERROR "cannot use 9223372036854775808 \(untyped int constant\) as int value in assignment \(overflows\)"
	var w int = -9223372036854775809 // ERROR "overflows"
	x = x + big                      // ERROR "big \(untyped int constant 1180591620717411303424\) overflows int"
	_, _, _ = y, z, w
	_ = 10 / 0   // ERROR "invalid operation: division by zero"
	_ = 5 % 0    // ERROR "invalid operation: division by zero"
	_ = "abc"[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
}
