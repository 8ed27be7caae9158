// errorcheck

// Complex numbers: operators and builtins that do not apply to them,
// and constants that cannot be represented.
package main

import "fmt"

func main() {
	var f float64 = 1i // ERROR "cannot use 1i \(untyped complex constant \(0 \+ 1i\)\) as float64 value in variable declaration \(overflows\)"
	a, b := 1+2i, 3i
	fmt.Println(a < b) // ERROR "invalid operation: a < b \(operator < not defined on complex128\)"
	fmt.Println(a % b) // ERROR "invalid operation: operator % not defined on a \(variable of type complex128\)"
	var n int = 2
	_ = complex(1, n)            // ERROR "invalid argument: arguments have type int, expected floating-point"
	_ = complex(float32(1), 2.0) // ok: 2.0 becomes float32
	_ = real(n)                  // ERROR "invalid argument: argument has type int, expected complex type"
	var c complex64 = 1e40       // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as complex64 value in variable declaration \(overflows\)"
	_ = float64(a)               // ERROR "cannot convert a \(variable of type complex128\) to type float64"
	_ = complex128(f)            // ERROR "cannot convert f \(variable of type float64\) to type complex128"
	fmt.Println(f, c)
}
