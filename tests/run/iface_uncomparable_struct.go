// run

package main

import "fmt"

type S struct {
	name string
	f    func()
}

func main() {
	var a, b any = S{name: "x"}, S{name: "x"}
	fmt.Println("comparing")
	fmt.Println(a == b)
}
