// run

// Ten thousand goroutines at once, each sending one value.
package main

import "fmt"

func main() {
	const n = 10000
	c := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) {
			c <- i
		}(i)
	}
	sum := 0
	seen := make([]bool, n)
	for i := 0; i < n; i++ {
		v := <-c
		seen[v] = true
		sum += v
	}
	missing := 0
	for _, s := range seen {
		if !s {
			missing++
		}
	}
	fmt.Println(sum, missing)
}
