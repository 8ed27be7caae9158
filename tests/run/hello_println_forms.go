// run

// fmt.Println with ints, strings and bools, several arguments at once.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Println(42)
	fmt.Println(-7, 0, 9223372036854775807)
	fmt.Println(true, false)
	fmt.Println("a", 1, "b", true)
	fmt.Println()
	fmt.Println("")
	fmt.Println("tab\there", "quote\"inside", "back\\slash")
	fmt.Println("héllo, 世界")
	x := 3
	y := "three"
	z := x > 2
	fmt.Println(x, y, z)
}
