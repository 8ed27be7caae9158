// errorcheck -0 -m -l

package main

import "fmt"

type T struct{ z complex128 }

func mk(z complex128) *T { return &T{z} } // ERROR "&T{...} escapes to heap$"

func keep(z complex128) complex128 {
	p := &z
	return *p * 2
}

func main() {
	a := 1 + 2i
	var c64 complex64 = 3
	fmt.Println(a, c64, mk(a).z, keep(a)) // ERROR "... argument does not escape$" "\(1 \+ 2i\) escapes to heap$" "complex64\(\(3 \+ 0i\)\) escapes to heap$" "mk\(a\).z escapes to heap$" "keep\(a\) escapes to heap$"
	var i interface{} = a // ERROR "\(1 \+ 2i\) does not escape$"
	_ = i
	s := []complex128{a, a} // ERROR "\[\]complex128{...} does not escape$"
	fmt.Println(len(s))     // ERROR "... argument does not escape$" "len\(s\) escapes to heap$"
}
