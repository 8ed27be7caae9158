// run

// Text utilities built on unicode and utf8: reversing by runes, counting
// classes, camelCase/snake_case conversion and accent-insensitive
// comparison with EqualFold.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func snake(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteRune(unicode.ToLower(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func camel(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == '-' || unicode.IsSpace(r) })
	for i, p := range parts {
		if i == 0 {
			parts[i] = strings.ToLower(p)
			continue
		}
		r, n := utf8.DecodeRuneInString(p)
		parts[i] = string(unicode.ToTitle(r)) + strings.ToLower(p[n:])
	}
	return strings.Join(parts, "")
}

func stats(s string) (letters, digits, spaces, puncts, others int) {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			puncts++
		default:
			others++
		}
	}
	return
}

func main() {
	for _, s := range []string{"hello", "héllo wörld", "日本語", "a\u0301b", ""} {
		fmt.Printf("%q -> %q (%d bytes, %d runes)\n", s, reverse(s), len(s), utf8.RuneCountInString(s))
	}
	for _, s := range []string{"parseHTTPRequest", "userID", "Already_snake", "ÜberFast"} {
		fmt.Println(s, "->", snake(s))
	}
	for _, s := range []string{"user_id", "http-server config", "ǆemal_ǆ", "__x__y"} {
		fmt.Println(s, "->", camel(s))
	}
	fmt.Println(stats("Hello, World! 123 ½ € ☺\t日本"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("ﬁ", "fi"))
	fmt.Println(strings.ToUpper("ﬁx ǳ ß"), strings.ToLower("İSTANBUL"), strings.ToTitle("ǳ"))
}
