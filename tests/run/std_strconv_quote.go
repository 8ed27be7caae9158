// run

// Quote, QuoteToASCII, QuoteToGraphic, QuoteRune*, CanBackquote and
// IsPrint over printable, control, non-ASCII and invalid input.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	strs := []string{"", "plain", "tab\tnew\nline", "quote\" back\\", "héllo 世界", "\a\b\f\r\v\x00\x7f", "emoji 😀", "\u00a0nbsp", "\u200bzero", "`back`", "\U0010ffff"}
	for _, s := range strs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\\', '\n', 0, 'é', '世', 0x1F600, 0x7f, 0xFFFD, 0x10FFFF, 0x110000, -1, 0xD800, '\u00a0'} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
}
