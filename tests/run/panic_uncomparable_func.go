// run

package main

import "fmt"

func main() {
	f := func() {}
	var a, b any = 1, 1
	fmt.Println(a == b)
	a, b = f, f
	fmt.Println(a == b)
}
