// errorcheck

// Uses of names that were never declared.
package main

import "fmt"

func main() {
	fmt.Println(x)         // ERROR "undefined: x"
	y = 2                  // ERROR "undefined: y"
	undefinedFunc(3)       // ERROR "undefined: undefinedFunc"
	fmt.Printx("a")        // ERROR "undefined: fmt.Printx"
	var s string = t + "s" // ERROR "undefined: t"
	_ = s
}
