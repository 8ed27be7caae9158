// run

// Case mapping and comparison: ToUpper, ToLower, ToTitle, EqualFold, Compare,
// Repeat, Map and Title-less capitalisation.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	for _, s := range []string{"Hello, World", "ÀÉÎÕÜ àéîõü", "straße", "ǅ ǆ Ǆ", "Σίσυφος", "123 abc XYZ", ""} {
		fmt.Println(strings.ToUpper(s), "|", strings.ToLower(s), "|", strings.ToTitle(s))
	}
	pairs := [][2]string{{"Go", "GO"}, {"go", "Go!"}, {"straße", "STRASSE"}, {"σ", "Σ"}, {"K", "\u212a"}, {"", ""}, {"abc", "abd"}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], strings.EqualFold(p[0], p[1]), strings.Compare(p[0], p[1]), strings.Compare(p[1], p[0]), p[0] < p[1])
	}
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0) == "", strings.Repeat("é", 4))
	fmt.Println(strings.Map(rot13, "Hello, Gophers!"), strings.Map(rot13, strings.Map(rot13, "round trip")))
	drop := func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}
	fmt.Println(strings.Map(drop, "a1b2c3"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.ToUpper("a\xffb"))
}
