// run

// Transforming strings: Map, ToUpper/ToLower/ToTitle, Title-like word
// capitalisation done by hand, Replace/ReplaceAll and a Replacer.
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

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		rs := []rune(strings.ToLower(w))
		rs[0] = unicode.ToUpper(rs[0])
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

func main() {
	msg := "Hello, Gophers! Ünïcödé straße ǆ"
	fmt.Println(strings.Map(rot13, msg))
	fmt.Println(strings.Map(rot13, strings.Map(rot13, msg)))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiouAEIOU", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, msg))
	fmt.Println(strings.ToUpper(msg))
	fmt.Println(strings.ToLower(msg))
	fmt.Println(strings.ToTitle(msg))
	fmt.Println(strings.ToUpper("already UPPER 123"), strings.ToLower(""))
	fmt.Println(capitalize("the gO proGRAMMING   language"))

	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll(s, "", "-"))
	fmt.Println(strings.Replace(s, "", "_", 3))
	fmt.Println(strings.ReplaceAll(s, "x", "y") == s)

	esc := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(esc.Replace(`<a href="x">Tom & Jerry</a>`))
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba cab"))
	longest := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(longest.Replace("aaaa aa a"))
	var sb strings.Builder
	n, err := esc.WriteString(&sb, "1 < 2 & 3 > 2")
	fmt.Println(sb.String(), n, err)
	empty := strings.NewReplacer("", "X")
	fmt.Println(empty.Replace("abc"))
}
