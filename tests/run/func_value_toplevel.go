// run

// Top-level functions used as values: passed, stored, compared with nil and
// called through variables, including functions of other packages.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func up(r rune) rune { return r - 'a' + 'A' }

func apply(f func(rune) rune, r rune) rune { return f(r) }

var table = []func(rune) rune{up, unicode.ToLower, unicode.ToUpper}

func main() {
	fmt.Println(apply(up, 'a'))
	fmt.Println(apply(unicode.ToUpper, 'q'))
	f := unicode.ToUpper
	fmt.Println(f('b'), f != nil)
	for i, g := range table {
		fmt.Println(i, g('M'), g('m'))
	}
	fmt.Println(strings.Map(up, "abc"), strings.Map(unicode.ToUpper, "héllo"))
	fmt.Println(strings.IndexFunc("abc1", unicode.IsDigit), strings.TrimFunc("  x  ", unicode.IsSpace))
}
