// run

package main

import "fmt"

func main() {
	m := map[any]int{}
	m[1] = 1
	m["ok"] = 2
	fmt.Println(len(m))
	var k any = []int{1, 2}
	m[k] = 3
	fmt.Println("unreachable")
}
