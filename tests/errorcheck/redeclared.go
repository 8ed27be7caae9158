// errorcheck

// Redeclarations in one block, and := with nothing new on its left.
package main

var g int
var g string // ERROR "g redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	y := 2
	y := 3 // ERROR "no new variables on left side of :="
	a, b := 1, 2
	a, b := 3, 4 // ERROR "no new variables on left side of :="
	_, _, _ = x, y, a+b
}
