// run

package main

import "fmt"

type node struct {
	next *node
	val  int
}

func main() {
	defer fmt.Println("deferred call runs before the crash")
	n := &node{val: 1}
	fmt.Println(n.val)
	fmt.Println(n.next.val)
}
