// run

// Labelled continue: skip to the next iteration of the outer loop.
package main

import "fmt"

func main() {
	primes := 0
	last := 0
next:
	for n := 2; n < 100; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		primes++
		last = n
	}
	fmt.Println(primes, last)

	pairs := 0
rows:
	for i := 0; i < 6; i++ {
		for j := 0; j < 6; j++ {
			if j > i {
				continue rows
			}
			if (i+j)%3 == 0 {
				continue
			}
			pairs++
		}
	}
	fmt.Println("pairs", pairs)
}
