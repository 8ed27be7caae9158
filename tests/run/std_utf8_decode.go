// run

// unicode/utf8: decoding valid and invalid sequences forward and backward,
// encoding, validity checks and counting.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := []string{"héllo", "日本語", "a\xffb", "\xe6\x97", "\xf0\x9f\x98\x80!", "\xed\xa0\x80", "\xc0\xaf", "", "\U0010FFFF"}
	for _, s := range inputs {
		fmt.Printf("%q valid=%t runes=%d full=%t:", s, utf8.ValidString(s), utf8.RuneCountInString(s), utf8.FullRuneInString(s))
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			fmt.Printf(" %U/%d", r, size)
			i += size
		}
		fmt.Print(" |")
		for j := len(s); j > 0; {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			fmt.Printf(" %U/%d", r, size)
			j -= size
		}
		fmt.Println()
		b := []byte(s)
		r, n := utf8.DecodeRune(b)
		lr, ln := utf8.DecodeLastRune(b)
		fmt.Println("  bytes:", utf8.Valid(b), utf8.RuneCount(b), utf8.FullRune(b), r, n, lr, ln)
	}
	for _, r := range []rune{0, 'A', 0x7f, 0x80, 'é', 0x7ff, 0x800, '€', 0xffff, 0x10000, 0x10ffff, 0x110000, -5, 0xd800} {
		buf := make([]byte, utf8.UTFMax)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d valid=%t enc=% x app=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n], utf8.AppendRune([]byte{'<'}, r))
	}
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xe6))
	fmt.Println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
	// Counting and truncating without splitting a rune.
	title := "Größenwahn – ein Überblick"
	limit := 12
	cut := 0
	for i := range title {
		if i > limit {
			break
		}
		cut = i
	}
	fmt.Printf("%q %d %d\n", title[:cut], len(title), utf8.RuneCountInString(title))
	for i, r := range "a\xffé" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}
