// errorcheck -0 -m -l

// gc turns a []byte(s) that nothing writes into a view of s ("zero-copy"),
// but not when the slice is passed to a function without a body (an
// assembly routine such as bytealg.Index behind bytes.Contains): gc assumes
// those write through their arguments even when they are //go:noescape.

package main

import (
	"bytes"
	"fmt"
)

func count(b []byte) int { // ERROR "^b does not escape$"
	n := 0
	for _, c := range b {
		if c == 'a' {
			n++
		}
	}
	return n
}

func main() {
	b := []byte("abc") // ERROR "^\(\[\]byte\)\(\"abc\"\) does not escape$"
	fmt.Println(bytes.Contains(b, []byte("b"))) // ERROR "^\.\.\. argument does not escape$" "^bytes\.Contains\(b, \(\[\]byte\)\(\"b\"\)\) escapes to heap$" "^\(\[\]byte\)\(\"b\"\) does not escape$"
	fmt.Println(count([]byte("banana"))) // ERROR "^\.\.\. argument does not escape$" "^count\(\(\[\]byte\)\(\"banana\"\)\) escapes to heap$" "^\(\[\]byte\)\(\"banana\"\) does not escape$" "^zero-copy string->\[\]byte conversion$"
	fmt.Println(bytes.HasPrefix(b, []byte("ab"))) // ERROR "^\.\.\. argument does not escape$" "^bytes\.HasPrefix\(b, \(\[\]byte\)\(\"ab\"\)\) escapes to heap$" "^\(\[\]byte\)\(\"ab\"\) does not escape$" "^zero-copy string->\[\]byte conversion$"
}
