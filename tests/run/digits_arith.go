// run

// Integer digit manipulation: digit sums, reversal, palindromic numbers.
package main

import "fmt"

func digitSum(n int) int {
	if n < 0 {
		n = -n
	}
	s := 0
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}

func reverseNum(n int) int {
	r := 0
	for n > 0 {
		r = r*10 + n%10
		n /= 10
	}
	return r
}

func countDigits(n int, base int) int {
	if n == 0 {
		return 1
	}
	c := 0
	for n != 0 {
		n /= base
		c++
	}
	return c
}

func digitalRoot(n int) int {
	for n >= 10 {
		n = digitSum(n)
	}
	return n
}

func main() {
	fmt.Println(digitSum(12345), digitSum(-987), digitSum(0))
	fmt.Println(reverseNum(12345), reverseNum(1200), reverseNum(7))
	fmt.Println(countDigits(0, 10), countDigits(999, 10), countDigits(1000, 10), countDigits(255, 2), countDigits(-4096, 16))
	fmt.Println(digitalRoot(9875), digitalRoot(123456789))
	pal := 0
	lastPal := 0
	for i := 10; i < 10000; i++ {
		if reverseNum(i) == i {
			pal++
			lastPal = i
		}
	}
	fmt.Println("palindromes 10..9999:", pal, lastPal)
}
