// run

package main

import "fmt"

func window(xs []int, lo, hi int) []int {
	return xs[lo:hi]
}

func main() {
	xs := make([]int, 3, 5)
	fmt.Println(window(xs, 1, 4))
	fmt.Println(window(xs, 2, 7))
}
