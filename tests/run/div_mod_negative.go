// run

// Division truncates toward zero; the remainder has the dividend's sign.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	fmt.Println(divmod(7, 2))
	fmt.Println(divmod(-7, 2))
	fmt.Println(divmod(7, -2))
	fmt.Println(divmod(-7, -2))
	fmt.Println(divmod(6, 3))
	fmt.Println(divmod(0, 5))
	min := -9223372036854775807 - 1
	neg := -1
	// The one overflowing division is defined: no panic, no trap.
	fmt.Println(min/neg, min%neg)
	fmt.Println(divmod(min, 10))
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
}
