// run

// Bitwise operators: & | ^ &^ << >> and unary ^ and -.
package main

import "fmt"

func popcount(x int) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func isPowerOfTwo(x int) bool {
	return x > 0 && x&(x-1) == 0
}

func main() {
	a := 0xF0F0
	b := 0x0FF0
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a)
	fmt.Println(popcount(0), popcount(255), popcount(0x7FFFFFFFFFFFFFFF), popcount(-1))
	fmt.Println(isPowerOfTwo(1), isPowerOfTwo(64), isPowerOfTwo(96), isPowerOfTwo(0), isPowerOfTwo(-8))
	x := 88
	fmt.Println("lowest set bit of", x, "is", x&-x)
	p, q := 12345, 67890
	p ^= q
	q ^= p
	p ^= q
	fmt.Println("xor swap:", p, q)
	one := 1
	fmt.Println(one<<10, 1024>>3, -1024>>3, ^0, 5&^3)
	mask := 0
	for i := 0; i < 64; i += 8 {
		mask |= one << i
	}
	fmt.Println(mask)
}
