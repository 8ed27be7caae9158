// run

// Classifying runes with the unicode package: letters, digits, spaces,
// punctuation, symbols, marks, case mapping and tables via unicode.Is/In.
package main

import (
	"fmt"
	"unicode"
)

func classes(r rune) string {
	out := ""
	add := func(ok bool, c string) {
		if ok {
			out += c
		} else {
			out += "."
		}
	}
	add(unicode.IsLetter(r), "L")
	add(unicode.IsDigit(r), "D")
	add(unicode.IsNumber(r), "N")
	add(unicode.IsSpace(r), "S")
	add(unicode.IsUpper(r), "U")
	add(unicode.IsLower(r), "l")
	add(unicode.IsTitle(r), "T")
	add(unicode.IsPunct(r), "P")
	add(unicode.IsSymbol(r), "Y")
	add(unicode.IsMark(r), "M")
	add(unicode.IsControl(r), "C")
	add(unicode.IsPrint(r), "p")
	add(unicode.IsGraphic(r), "g")
	return out
}

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', '$', '+', 'é', 'É', 'ß', 'ǅ', 'Ω', 'ж', '٣', '½', 'Ⅻ',
		'\u00a0', '\u2003', '\u0301', '中', '😀', '\x00', '\x7f', '\u200b', 0x10ffff, -1}
	for _, r := range runes {
		fmt.Printf("%U %-14q %s upper=%q lower=%q title=%q\n", r, r, classes(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r))
	}
	for _, r := range []rune{'a', 'ж', '中', 'α', 'ا', 'ש', 'あ', 'ア', '한', 'ก', 'अ'} {
		fmt.Printf("%c latin=%t cyr=%t han=%t greek=%t arabic=%t hebrew=%t hira=%t kata=%t hangul=%t thai=%t deva=%t\n", r,
			unicode.Is(unicode.Latin, r), unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Han, r),
			unicode.In(r, unicode.Greek), unicode.In(r, unicode.Arabic), unicode.In(r, unicode.Hebrew),
			unicode.In(r, unicode.Hiragana), unicode.In(r, unicode.Katakana), unicode.In(r, unicode.Hangul),
			unicode.In(r, unicode.Thai), unicode.In(r, unicode.Devanagari))
	}
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, '7'))
	fmt.Println(unicode.In('x', unicode.Nd, unicode.Zs), unicode.Is(unicode.White_Space, '\u3000'))
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'), unicode.To(unicode.TitleCase, 'ǆ'))
	for _, r := range []rune{'A', 'k', 'K', 'ſ', '1'} {
		fmt.Printf("%c:", r)
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			fmt.Printf(" %c", f)
		}
		fmt.Println()
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version != "")
}
