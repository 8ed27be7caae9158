// run

// Shifts by variable counts, including counts of 64 and more.
package main

import "fmt"

func shl(x, n int) int { return x << n }
func shr(x, n int) int { return x >> n }

func main() {
	for n := 0; n <= 66; n += 11 {
		fmt.Println(n, shl(1, n), shl(-3, n), shr(1<<62, n), shr(-1<<62, n))
	}
	fmt.Println(shl(1, 63), shl(1, 64), shr(-1, 64), shr(-5, 1), shr(5, 1))
	fmt.Println(shr(-9223372036854775807-1, 63), shl(3, 100), shr(12345, 1000))
	c := 3
	fmt.Println(1<<c, 1024>>c)
}
