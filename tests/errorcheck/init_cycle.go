// errorcheck

// Package-level variables whose initializers depend on each other.
package main

var a = b + 1 // ERROR "initialization cycle for a"

var b = c * 2

var c = a

var x = f() // ERROR "initialization cycle for x"

func f() int {
	return x
}

func main() {
	println(a, b, c, x)
}
