// run

package main

import "fmt"

type T struct {
	m map[string]int
}

func main() {
	var m map[any]bool
	fmt.Println(m[1], m["x"])
	fmt.Println(m[T{}])
}
