// errorcheck

// A duplicate declaration names the other one on a second line, as types2
// does; the second of two identical imports is the one left unused.
package main

import (
	"fmt"
	"fmt" // ERROR "(?s)fmt redeclared in this block.*8:2: other declaration of fmt" "\"fmt\" imported and not used"
	"os"
)

type T struct {
	a, b int
	a    string // ERROR "(?s)^a redeclared\n.*14:2: other declaration of a$"
}

func F() {}
func F() {} // ERROR "(?s)F redeclared in this block.*18:6: other declaration of F"

type F int // ERROR "(?s)F redeclared in this block.*18:6: other declaration of F"

const c = 1

var c = 2 // ERROR "(?s)c redeclared in this block.*23:7: other declaration of c"

func g() (err error) {
	if err := os.Remove("x"); err != nil {
		return // ERROR "(?s)result parameter err not in scope at return.*28:5: inner declaration of var err error"
	}
	return
}

func main() {
	x := 1
	var x = 2 // ERROR "(?s)x redeclared in this block.*35:2: other declaration of x"
	fmt.Println(x)
}
