// run

// Deep recursion on goroutine stacks, several goroutines at once.
package main

import "fmt"

func depth(n int) int {
	var pad [8]int
	pad[n%8] = n
	if n == 0 {
		return pad[0]
	}
	return depth(n-1) + 1 + pad[n%8] - n
}

func main() {
	res := make(chan int)
	for _, n := range []int{1000, 50000, 100000} {
		go func(n int) { res <- depth(n) }(n)
	}
	total := 0
	for i := 0; i < 3; i++ {
		total += <-res
	}
	fmt.Println(total)
}
