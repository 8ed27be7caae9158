// run

// Longer-running loops: sums, sums of squares and a modular power.
package main

import "fmt"

func powmod(b, e, m int) int {
	r := 1
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func main() {
	sum := 0
	sq := 0
	for i := 1; i <= 3000000; i++ {
		sum += i
		sq = (sq + i*i) % 1000000007
	}
	fmt.Println(sum, sq)
	fmt.Println(powmod(2, 1000000, 1000000007), powmod(3, 0, 7), powmod(10, 18, 998244353))
	h := 0
	for i := 0; i < 1000; i++ {
		for j := 0; j < 1000; j++ {
			h = h*31 + i ^ j
		}
	}
	fmt.Println(h)
}
