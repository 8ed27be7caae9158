// run

package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("before")
	fmt.Println(f(1))
}
