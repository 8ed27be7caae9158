// errorcheck -0 -m -l

// A function literal that captures nothing is analysed as a batch of its
// own, before the function that mentions it, so its lines come first; one
// that captures is walked where it stands in its parent.

package main

import "fmt"
func apply(f func(int) int, x int) int { return f(x) } // ERROR "^f does not escape$"
func main() {
	y := 3
	a := apply(func(v int) int { p := &v; fmt.Println("a", *p); return v + 1 }, 1) // ERROR "^\.\.\. argument does not escape$" "^\"a\" escapes to heap$" "^\*p escapes to heap$" "^func literal does not escape$"
	b := apply(func(v int) int { q := new(int); *q = v; _ = y; fmt.Println("b"); return *q }, 2) // ERROR "^func literal does not escape$" "^new\(int\) does not escape$" "^\.\.\. argument does not escape$" "^\"b\" escapes to heap$"
	func() { // ERROR "^func literal does not escape$"
		_ = y; fmt.Println("iife") // ERROR "^\.\.\. argument does not escape$" "^\"iife\" escapes to heap$"
	}()
	func() { // ERROR "^func literal does not escape$"
		fmt.Println("iife2") // ERROR "^\.\.\. argument does not escape$" "^\"iife2\" escapes to heap$"
	}()
	fmt.Println(a, b) // ERROR "^\.\.\. argument does not escape$" "^a escapes to heap$" "^b escapes to heap$"
}
