// run

// Unquote, UnquoteChar and QuotedPrefix on valid and invalid literals.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	in := []string{`"hello"`, `"a\tb\n"`, `"\u00e9\U0001F600\x41\101"`, "`raw\\n`", `'x'`, `'\n'`, `'\''`, `'ab'`, `"unterminated`, `"bad \q escape"`, `""`, "``", `''`, `"\xff"`, `"'"`, `'"'`, `"\""`, `hello`, `"a"b"`, "`a\nb`", `"\400"`, `"\ud800"`, `'\u00e9'`}
	for _, s := range in {
		u, err := strconv.Unquote(s)
		fmt.Printf("%-24s -> %q %v\n", s, u, err)
	}
	for _, s := range []string{`\n rest`, `\x41BC`, `é!`, `\u263a.`, `\'x`, `\"y`, `\z`} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		fmt.Printf("%q: %q %v %q %v\n", s, v, mb, tail, err)
	}
	for _, s := range []string{`"abc" tail`, "`raw` x", `'c' d`, `"open`, `nope`} {
		p, err := strconv.QuotedPrefix(s)
		fmt.Printf("%q %v\n", p, err)
	}
	for _, s := range []string{"simple", "with \"quotes\"", "tab\t", "ünïcödé"} {
		q := strconv.Quote(s)
		back, err := strconv.Unquote(q)
		fmt.Println(q, back == s, err)
	}
}
