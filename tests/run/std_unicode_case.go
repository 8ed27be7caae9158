// run

// unicode case mapping: ToUpper, ToLower, ToTitle, To, SimpleFold, and the
// special cases of Turkish.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'A', 'z', '0', 'é', 'É', 'ß', 'ẞ', 'ǆ', 'ǅ', 'Ǆ', 'ſ', 'K', '\u212a', 'σ', 'ς', 'Σ', 'ж', 'Ж', 'ı', 'İ', 'ÿ', 'Ÿ', '世', 0x10400, 0x10428, -5} {
		fmt.Printf("%c %c %c %c | %c %c %c | %c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r), unicode.SimpleFold(r))
	}
	r := 'k'
	for i := 0; i < 4; i++ {
		r = unicode.SimpleFold(r)
		fmt.Printf("%U ", r)
	}
	fmt.Println()
	tr := unicode.TurkishCase
	fmt.Printf("%c %c %c %c\n", tr.ToUpper('i'), tr.ToLower('I'), tr.ToUpper('ı'), tr.ToLower('İ'))
	n := 0
	for r := rune(0); r < 0x800; r++ {
		if unicode.ToUpper(unicode.ToLower(r)) != r && unicode.IsUpper(r) {
			n++
		}
	}
	fmt.Println(n)
}
