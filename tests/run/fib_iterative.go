// run

// Iterative Fibonacci with parallel assignment, up to the largest that fits in int.
package main

import "fmt"

func fib(n int) int {
	a, b := 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	for i := 0; i <= 92; i += 4 {
		fmt.Println(i, fib(i))
	}
	fmt.Println(fib(92))
	// fib(93) overflows int64 and wraps around.
	fmt.Println(fib(93))
}
