// run

// Primes by trial division, without arrays.
package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	if n%2 == 0 {
		return n == 2
	}
	for d := 3; d*d <= n; d += 2 {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	sum := 0
	line := ""
	for n := 0; n < 200; n++ {
		if isPrime(n) {
			count++
			sum += n
			if count <= 15 {
				fmt.Println("prime", count, "is", n)
			}
		}
	}
	fmt.Println("count", count, "sum", sum)
	last := 0
	for n := 1000000; last == 0; n-- {
		if isPrime(n) {
			last = n
		}
	}
	fmt.Println("largest prime below a million:", last)
	fmt.Println(isPrime(2147483647), isPrime(1000000007), isPrime(1000000008), line == "")
}
