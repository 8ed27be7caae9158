// run

// Collatz sequence lengths and the longest start below 10000.
package main

import "fmt"

func steps(n int) int {
	s := 0
	for n != 1 {
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		s++
	}
	return s
}

func main() {
	for i := 1; i <= 10; i++ {
		fmt.Println(i, steps(i))
	}
	fmt.Println(27, steps(27))
	best, bestSteps := 1, 0
	for i := 1; i < 10000; i++ {
		s := steps(i)
		if s > bestSteps {
			best, bestSteps = i, s
		}
	}
	fmt.Println("longest below 10000:", best, bestSteps)
}
