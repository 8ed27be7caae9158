// run

// Calls with many parameters and results (some passed on the stack).
package main

import "fmt"

func sum10(a, b, c, d, e, f, g, h, i, j int) int {
	return a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h + 9*i + 10*j
}

func mixed(a int, s string, b bool, c int, t string, d bool, e int, u string) string {
	r := s + t + u
	if b && !d {
		r += "!"
	}
	if a+c+e > 10 {
		r += "+"
	}
	return r
}

func four(n int) (int, int, int, int) {
	return n, n * n, n * n * n, -n
}

func six(s string) (string, int, bool, string, int, bool) {
	return s, len(s), len(s) > 3, s + s, len(s) * 2, false
}

func main() {
	fmt.Println(sum10(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
	fmt.Println(sum10(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1))
	fmt.Println(mixed(1, "x", true, 2, "y", false, 9, "z"))
	fmt.Println(mixed(1, "p", false, 2, "q", false, 3, "r"))
	a, b, c, d := four(7)
	fmt.Println(a, b, c, d)
	fmt.Println(four(-3))
	fmt.Println(six("gopher"))
	fmt.Println(sum10(2, 0, 0, 0, 0, 0, 0, 0, 0, sum10(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)))
}
