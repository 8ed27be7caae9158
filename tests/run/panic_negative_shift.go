// run

// Shifting by a negative count panics.
package main

import "fmt"

func shift(x, n int) int {
	return x << n
}

func main() {
	for n := 2; n >= -1; n-- {
		fmt.Println(shift(1, n))
	}
}
