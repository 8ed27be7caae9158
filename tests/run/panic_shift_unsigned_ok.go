// run

package main

import "fmt"

func main() {
	var s uint = 70
	x := 1
	fmt.Println(x<<s, x>>s, -1>>s, uint8(255)>>3)
	var n int = -3
	defer fmt.Println("deferred runs before the crash report")
	fmt.Println(x >> n)
}
