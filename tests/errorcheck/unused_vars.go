// errorcheck

// Local variables that are declared but never used.
package main

import "fmt"

func main() {
	a := 1       // ERROR "declared and not used: a"
	var b int    // ERROR "declared and not used: b"
	c, d := 2, 3 // ERROR "declared and not used: c"
	fmt.Println(d)
	for i := 0; i < 3; i++ {
		e := i // ERROR "declared and not used: e"
	}
	f := 1 // ERROR `declared and not used: f`
	f = 2
}
