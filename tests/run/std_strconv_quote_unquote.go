// run

// Quote, QuoteToASCII, QuoteToGraphic, QuoteRune*, CanBackquote, IsPrint,
// IsGraphic, Unquote, UnquoteChar and QuotedPrefix on tricky input.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	ins := []string{"plain", "tab\there", "nl\n", `back\slash`, `"quoted"`, "bell\a", "nul\x00", "bad\xffutf8",
		"日本語", "emoji 😀", "\u00a0nbsp", "\u2028sep", "del\x7f", "bom\ufeff"}
	for _, s := range ins {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 'é', '☺', 0x10ffff, 0x110000, -1, 0xd800} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	qs := []string{`"a\tb"`, "`raw\\n`", `'x'`, `'\u263a'`, `"\x41\101\u0042\U00000043"`, `"unterminated`, `'ab'`, `"bad \q"`,
		`noquotes`, `""`, "``", `"\'"`, `'\"'`, `"multi
line"`, "`multi\nline`", `"\xff"`, `'\xff'`, `"😀"`}
	for _, q := range qs {
		s, err := strconv.Unquote(q)
		fmt.Printf("%-26q => %q %v\n", q, s, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`\'x`, '"')
	fmt.Println(v, mb, tail, err)
	v, mb, tail, err = strconv.UnquoteChar(`ébc`, '"')
	fmt.Println(v, mb, tail, err)
	for _, s := range []string{`"abc"def`, "`x`y", `'a'b`, `"open`, `xyz`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", p, err)
	}
}
