// run

// Euclid's algorithm, recursive and iterative, and the least common multiple.
package main

import "fmt"

func gcdRec(a, b int) int {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func gcdLoop(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int {
	return a / gcdLoop(a, b) * b
}

func main() {
	fmt.Println(gcdRec(48, 18), gcdLoop(48, 18))
	fmt.Println(gcdRec(17, 5), gcdLoop(17, 5))
	fmt.Println(gcdRec(0, 9), gcdLoop(9, 0))
	fmt.Println(gcdRec(1071, 462), gcdLoop(1071, 462))
	fmt.Println(gcdRec(-12, 18), gcdLoop(12, -18))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm(1..20) =", l)
	fmt.Println(lcm(21, 6), lcm(7, 13))
}
