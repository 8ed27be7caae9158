// run

// Unbounded recursion in a goroutine overflows its stack: gc's fatal error.
package main

import "fmt"

func f(n int) int {
	var a [16]int
	a[n%16] = n
	return f(n+1) + a[3]
}

func main() {
	done := make(chan int)
	go func() {
		done <- f(0)
	}()
	fmt.Println(<-done)
}
