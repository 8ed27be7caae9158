// errorcheck

// Assignments and declarations whose value has the wrong type.
package main

func main() {
	var x int
	x = "s"               // ERROR "cannot use .s. \(untyped string constant\) as int value in assignment"
	var y string = 5      // ERROR "cannot use 5 \(untyped int constant\) as string value in variable declaration"
	var b bool = 1        // ERROR "cannot use 1 \(untyped int constant\) as bool value in variable declaration"
	x = true              // ERROR "cannot use true \(untyped bool constant\) as int value in assignment"
	y = x                 // ERROR "cannot use x \(variable of type int\) as string value in assignment"
	var z int = "a" + "b" // ERROR "cannot use .a. \+ .b. \(untyped string constant .ab.\) as int value in variable declaration"
	_, _, _ = x, y, b
	_ = z
}
