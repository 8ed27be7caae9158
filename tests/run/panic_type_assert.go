// run

package main

import "fmt"

func main() {
	var x any = "hello"
	s, ok := x.(int)
	fmt.Println(s, ok)
	fmt.Println(x.(int))
}
