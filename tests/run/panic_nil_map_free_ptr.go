// run

package main

import "fmt"

type T struct {
	next *T
	v    int
}

func main() {
	t := &T{v: 1}
	fmt.Println(t.v)
	fmt.Println(t.next.v)
}
