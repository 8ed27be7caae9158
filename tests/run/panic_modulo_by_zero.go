// run

// The remainder operator panics on a zero divisor too.
package main

import "fmt"

func zero() int {
	z := 5
	for z > 0 {
		z--
	}
	return z
}

func main() {
	n := 17
	fmt.Println(n % 5)
	fmt.Println(n % zero())
}
