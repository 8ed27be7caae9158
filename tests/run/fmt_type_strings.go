// run

// %T spells unnamed composite types as gc's type descriptors do.
package main

import (
	"fmt"
	"strings"
)

type Inner struct{ Z int }
type S interface{ M() int }

func main() {
	fmt.Printf("%T\n", struct{}{})
	fmt.Printf("%T\n", struct {
		Inner
		*strings.Builder
		X int `json:"x"`
		y []any
	}{})
	fmt.Printf("%T\n", []interface{ M(int) (int, error); N() }{})
	fmt.Printf("%T\n", func(...int) (int, error) { return 0, nil })
	fmt.Printf("%T\n", map[string][]struct{ A byte }{})
	fmt.Printf("%T\n", []S{})
	fmt.Printf("%v\n", struct{ A any }{})
}
