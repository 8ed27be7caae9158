// errorcheck -0 -m -l

// gc's autotmp numbers: a range over a channel adds no temporary before
// escape analysis; a comma-ok receive adds two.

package main

import "fmt"

func a(c chan int) { // ERROR "c does not escape$"
	for range c {
	}
	x, y := 1, 2
	fmt.Println(func() (int, int) { return x, y }()) // ERROR "\.\.\. argument does not escape$" "func literal does not escape$" "\.autotmp_3 escapes to heap$" "\.autotmp_4 escapes to heap$"
}

func b(c chan int) { // ERROR "c does not escape$"
	for v := range c {
		_ = v
	}
	x, y := 1, 2
	fmt.Println(func() (int, int) { return x, y }()) // ERROR "\.\.\. argument does not escape$" "func literal does not escape$" "\.autotmp_4 escapes to heap$" "\.autotmp_5 escapes to heap$"
}

func d(c chan int) { // ERROR "c does not escape$"
	for {
		v, ok := <-c
		if !ok {
			break
		}
		_ = v
	}
	x, y := 1, 2
	fmt.Println(func() (int, int) { return x, y }()) // ERROR "\.\.\. argument does not escape$" "func literal does not escape$" "\.autotmp_7 escapes to heap$" "\.autotmp_8 escapes to heap$"
}

func main() {
	c := make(chan int)
	close(c)
	a(c)
	b(c)
	d(c)
}
