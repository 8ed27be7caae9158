// run

package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	n := 5
	fmt.Println(len(s[:3]))
	fmt.Println(s[:n])
}
