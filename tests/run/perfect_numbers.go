// run

// Perfect numbers and amicable pairs via sums of proper divisors.
package main

import "fmt"

func sigma(n int) int {
	if n < 2 {
		return 0
	}
	s := 1
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			s += d
			if d*d != n {
				s += n / d
			}
		}
	}
	return s
}

func main() {
	for n := 1; n < 10000; n++ {
		if sigma(n) == n {
			fmt.Println("perfect", n)
		}
	}
	for a := 2; a < 3000; a++ {
		b := sigma(a)
		if b > a && sigma(b) == a {
			fmt.Println("amicable", a, b)
		}
	}
	abundant := 0
	for n := 1; n <= 100; n++ {
		if sigma(n) > n {
			abundant++
		}
	}
	fmt.Println("abundant up to 100:", abundant)
}
