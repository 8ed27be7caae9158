// run

package main

import "fmt"

func main() {
	n := 4
	m := make(map[int]int, n)
	fmt.Println(len(m))
	n -= 10
	m = make(map[int]int, n)
	fmt.Println("unreachable", len(m))
}
