// errorcheck

// Spellings in operator, append, selector and conversion messages.
package main

import "fmt"

type Reader interface {
	Read(p []byte) (n int, err error)
}

type R struct{}

func (r *R) Read(p []byte) (int, error) { return 0, nil }

func use(r Reader) {}

func main() {
	var b []byte
	var c byte
	var r rune
	x := b + b // ERROR "invalid operation: operator \+ not defined on b \(variable of type \[\]byte\)"
	y := append(c, 1) // ERROR "invalid append: argument must be a slice; have c \(variable of type byte\)"
	z := -b // ERROR "invalid operation: operator - not defined on b \(variable of type \[\]byte\)"
	for i := range c {
		_ = i
	}
	var s string = string(b) + c // ERROR "invalid operation: string\(b\) \+ c \(mismatched types string and byte\)"
	use(R{}) // ERROR "cannot use R\{\} \(value of struct type R\) as Reader value in argument to use: R does not implement Reader \(method Read has pointer receiver\)"
	var m map[string][]rune
	m["a"] = "b" // ERROR "cannot use .b. \(untyped string constant\) as \[\]rune value in assignment"
	w := r.Foo // ERROR "r\.Foo undefined \(type rune has no field or method Foo\)"
	var ip *int = &c // ERROR "cannot use &c \(value of type \*byte\) as \*int value in variable declaration"
	fmt.Println(x, y, z, s, w, ip)
}
