// errorcheck

// Special functions with the wrong signatures, and missing bodies.
package main

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func init() int { return 0 } // ERROR "func init must have no arguments and no return values"

func helper() int

var _ = init // ERROR "undefined: init"

func main() {
	init() // ERROR "undefined: init"
}
