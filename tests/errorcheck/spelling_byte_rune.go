// errorcheck

// byte, rune and any in messages are spelled as the program spelled them,
// through variables, fields, results, element types and range variables.
package main

import (
	"bytes"
	"strings"
)

type Buf struct {
	data []byte
	r    rune
}

func (b *Buf) Bytes() []byte { return b.data }

func first(s string) byte { return s[0] }

func main() {
	s := "hello"
	if s[0] == "h" { // ERROR "invalid operation: s\[0\] == .h. \(mismatched types byte and untyped string\)"
	}
	b := &Buf{}
	var t string = b.data // ERROR "cannot use b\.data \(variable of type \[\]byte\) as string value in variable declaration"
	var u string = b.Bytes() // ERROR "cannot use b\.Bytes\(\) \(value of type \[\]byte\) as string value in variable declaration"
	var v string = first(s) // ERROR "cannot use first\(s\) \(value of type byte\) as string value in variable declaration"
	var arr [4]byte
	var w string = arr[1:] // ERROR "cannot use arr\[1:\] \(value of type \[\]byte\) as string value in variable declaration"
	ok := bytes.Equal("a", nil) // ERROR "cannot use .a. \(untyped string constant\) as \[\]byte value in argument to bytes\.Equal"
	n := strings.Repeat(b.data, 2) // ERROR "cannot use b\.data \(variable of type \[\]byte\) as string value in argument to strings\.Repeat"
	for _, r := range s {
		var x string = r // ERROR "cannot use r \(variable of type rune\) as string value in variable declaration"
		_ = x
	}
	var p *byte = &arr // ERROR "cannot use &arr \(value of type \*\[4\]byte\) as \*byte value in variable declaration"
	_, _, _, _, _, _, _ = t, u, v, w, ok, n, p
}
