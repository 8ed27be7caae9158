// run

// Functions with several results, named results and the blank identifier.
package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func swap(a, b string) (string, string) {
	return b, a
}

func minMax(a, b, c int) (lo, hi int) {
	lo, hi = a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return
}

func stats(n int) (count int, sum int, even bool) {
	for i := 1; i <= n; i++ {
		count++
		sum += i
	}
	even = sum%2 == 0
	return count, sum, even
}

func forward(a, b int) (int, int) {
	return divmod(a, b)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	x, y := swap("left", "right")
	fmt.Println(x, y)
	lo, hi := minMax(5, -2, 9)
	fmt.Println(lo, hi)
	_, s, e := stats(10)
	fmt.Println(s, e)
	c, _, _ := stats(7)
	fmt.Println(c)
	fmt.Println(forward(100, 7))
	fmt.Println(swap(swap("a", "b")))
	q, r = r, q
	fmt.Println(q, r)
}
