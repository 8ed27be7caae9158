// run

// Integer square and cube roots by binary search.
package main

import "fmt"

func isqrt(n int) int {
	lo, hi := 0, 3037000499
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func icbrt(n int) int {
	lo, hi := 0, 2097151
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid*mid <= n {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	fmt.Println(isqrt(0), isqrt(1), isqrt(15), isqrt(16), isqrt(17), isqrt(1000000))
	fmt.Println(isqrt(9223372036854775807))
	fmt.Println(icbrt(26), icbrt(27), icbrt(1000000000), icbrt(9223372036854775807))
	squares := 0
	for n := 1; n <= 10000; n++ {
		r := isqrt(n)
		if r*r == n {
			squares++
		}
	}
	fmt.Println("squares up to 10000:", squares)
}
