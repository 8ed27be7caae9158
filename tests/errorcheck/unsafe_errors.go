// errorcheck

package main

import (
	"fmt"
	"unsafe"
)

type T struct{ a, b int }

type U struct {
	*T
	c int
}

func main() {
	x := 1
	var t T
	var u U
	fmt.Println(unsafe.Offsetof(x))    // ERROR "invalid argument: x is not a selector expression"
	fmt.Println(unsafe.Sizeof())       // ERROR "not enough arguments for unsafe.Sizeof\(\) \(expected 1, found 0\)"
	fmt.Println(unsafe.Foo)            // ERROR "undefined: unsafe.Foo"
	var p unsafe.Pointer = &x          // ERROR "cannot use &x \(value of type \*int\) as unsafe.Pointer value in variable declaration"
	fmt.Println(unsafe.Offsetof(u.b))  // ERROR "invalid argument: field b is embedded via a pointer in U"
	fmt.Println(p, t, unsafe.Offsetof(u.c))
}
