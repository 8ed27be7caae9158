// run

// The capacity of conversions of constant strings to []rune and []byte:
// gc's type checker makes []rune("const") the literal []rune{...}, so its
// capacity is its length whether or not it escapes, as is []byte("const")'s.

package main

import "fmt"

var sink [][]rune

func main() {
	r := []rune("héllo")
	fmt.Println(len(r), cap(r), string(r))
	b := []byte("héllo")
	fmt.Println(len(b), cap(b), string(b))
	b3 := []byte("0123456789012345678901234567890123456789")
	fmt.Println(len(b3), cap(b3))
	r3 := []rune("")
	fmt.Println(len(r3), cap(r3), r3 == nil)
	r4 := []rune("\xff\xfeok")
	fmt.Println(len(r4), cap(r4), r4)
	r5 := []rune("escapes: ü")
	sink = append(sink, r5)
	fmt.Println(len(r5), cap(r5), string(sink[0]))
}
