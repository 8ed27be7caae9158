// run

// Integer division by a zero that is only known at run time panics.
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	d := 3
	for i := 10; d > 0; i-- {
		fmt.Println(i, "/", d, "=", div(i, d))
		d--
	}
	fmt.Println(div(1, d))
	fmt.Println("unreachable")
}
