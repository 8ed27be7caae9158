// errorcheck

// gc stops at the tenth error it reports, in the order the type checker
// reports them, and prints those sorted by position. An unused variable is
// reported at the end of its function's body, so here, where the body has
// ten type errors, it never is; neither is anything in a later function.
package main

import "os"

func first() int {
	unused := 1
	var a string = 1    // ERROR "cannot use 1 \(untyped int constant\) as string value in variable declaration"
	var b int = "x"     // ERROR "cannot use .x. \(untyped string constant\) as int value in variable declaration"
	var c bool = 2      // ERROR "cannot use 2 \(untyped int constant\) as bool value in variable declaration"
	a.x = 1             // ERROR "a.x undefined \(type string has no field or method x\)"
	b()                 // ERROR "invalid operation: cannot call b \(variable of type int\): int is not a function"
	c++                 // ERROR "invalid operation: c\+\+ \(non-numeric type bool\)"
	_ = a + b           // ERROR "invalid operation: a \+ b \(mismatched types string and int\)"
	_ = undefinedName   // ERROR "undefined: undefinedName"
	var d uint8 = 300   // ERROR "cannot use 300 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	_ = d
	return "s"          // ERROR "cannot use .s. \(untyped string constant\) as int value in return statement" "too many errors"
}

func second() {
	var e int = "late"
}
