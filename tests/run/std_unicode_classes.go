// run

// unicode character classes over ASCII, Latin-1 and common scripts:
// IsLetter, IsDigit, IsNumber, IsSpace, IsUpper, IsLower, IsTitle, IsPunct,
// IsSymbol, IsMark, IsControl, IsGraphic, IsPrint and Is with range tables.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	runes := []rune{'a', 'Z', '5', ' ', '\t', '\n', '\u00a0', '\u0085', '!', '$', '+', '_', '©', 'é', 'ß', 'Ä', 'ǅ', '٣', 'Ⅻ', '½', '世', 'あ', 'Ж', 'λ', 'Ω', '\u0301', '\u200b', '\u2028', '\u3000', 0x7f, 0, 0x1F600, 0xFFFD, -1, 0x110000}
	for _, r := range runes {
		fmt.Printf("%U %v%v%v%v%v%v%v%v%v%v%v%v%v %v%v%v%v\n", r,
			b(unicode.IsLetter(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)), b(unicode.IsSpace(r)),
			b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsTitle(r)), b(unicode.IsPunct(r)),
			b(unicode.IsSymbol(r)), b(unicode.IsMark(r)), b(unicode.IsControl(r)), b(unicode.IsGraphic(r)), b(unicode.IsPrint(r)),
			b(unicode.Is(unicode.Han, r)), b(unicode.Is(unicode.Latin, r)), b(unicode.In(r, unicode.Greek, unicode.Cyrillic)), b(unicode.IsOneOf([]*unicode.RangeTable{unicode.Hiragana, unicode.Digit}, r)))
	}
	counts := make([]int, 6)
	for r := rune(0); r < 0x3000; r++ {
		if unicode.IsLetter(r) {
			counts[0]++
		}
		if unicode.IsDigit(r) {
			counts[1]++
		}
		if unicode.IsSpace(r) {
			counts[2]++
		}
		if unicode.IsUpper(r) {
			counts[3]++
		}
		if unicode.IsPunct(r) {
			counts[4]++
		}
		if unicode.IsPrint(r) {
			counts[5]++
		}
	}
	fmt.Println(counts)
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version != "")
}

func b(x bool) string {
	if x {
		return "1"
	}
	return "."
}
