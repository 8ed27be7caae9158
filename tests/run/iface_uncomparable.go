// run

package main

import "fmt"

func main() {
	var a, b any = 1, "x"
	fmt.Println(a == b)
	a, b = []int{1}, 2
	fmt.Println(a == b)
	a, b = []int{1}, []int{1}
	fmt.Println(a == b)
}
