// errorcheck -0 -m -l

package main

import "fmt"

var sink any

type M struct{ n int }

func (m *M) Unlock() {} // ERROR "m does not escape$"

func deferClosure() {
	x := 1
	defer func() { x++ }() // ERROR "func literal does not escape$"
}

func deferInLoop() {
	for i := 0; i < 3; i++ {
		defer func() { _ = i }() // ERROR "func literal escapes to heap$"
	}
}

func goClosure() {
	x := 1 // ERROR "moved to heap: x$"
	go func() { x++ }() // ERROR "func literal escapes to heap$"
}

func deferPrint(n int) {
	defer fmt.Println(n) // ERROR "n escapes to heap$" "\.\.\. argument does not escape$"
}

func goPrint(n int) {
	go fmt.Println(n) // ERROR "n escapes to heap$" "\.\.\. argument does not escape$"
}

func deferMethod() {
	var m M
	defer m.Unlock()
}

func deferMethodLoop() {
	for i := 0; i < 2; i++ {
		var m M // ERROR "moved to heap: m$"
		defer m.Unlock()
	}
}

func main() {}
