// run

// Booleans: variables, results, comparisons and truth tables.
package main

import "fmt"

func xor(a, b bool) bool {
	return a != b
}

func implies(a, b bool) bool {
	return !a || b
}

func main() {
	var t, f bool = true, false
	fmt.Println("a b and or xor implies")
	for i := 0; i < 4; i++ {
		a := i >= 2
		b := i%2 == 1
		fmt.Println(a, b, a && b, a || b, xor(a, b), implies(a, b))
	}
	fmt.Println(t == f, t == !f, !(t && f) == (!t || !f))
	var zero bool
	fmt.Println(zero)
	c := 3 < 4 && "x" < "y" || false
	fmt.Println(c)
}
