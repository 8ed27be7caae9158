// run

// Cut, CutPrefix, CutSuffix and the Trim family.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"key=value", "key=", "=value", "novalue", "a=b=c", ""} {
		before, after, found := strings.Cut(s, "=")
		fmt.Printf("Cut(%q) = %q %q %v\n", s, before, after, found)
	}
	for _, s := range []string{"prefix-body", "body", "prefix-", ""} {
		a, ok := strings.CutPrefix(s, "prefix-")
		b, ok2 := strings.CutSuffix(s, "body")
		fmt.Printf("%q: %q %v | %q %v\n", s, a, ok, b, ok2)
	}
	samples := []string{"  hello  ", "\t\n x y \r\n", "xxhixx", "", "   ", "¡¡Hola!!", "abcba"}
	for _, s := range samples {
		fmt.Printf("%q -> [%q] [%q] [%q] [%q] [%q]\n", s,
			strings.TrimSpace(s), strings.Trim(s, "x !¡"), strings.TrimLeft(s, " xa\t"), strings.TrimRight(s, " xa!\n"), strings.Trim(s, ""))
		fmt.Printf("   prefix/suffix [%q] [%q] [%q] [%q]\n", strings.TrimPrefix(s, "  "), strings.TrimSuffix(s, "xx"), strings.TrimPrefix(s, ""), strings.TrimSuffix(s, "  "))
		fmt.Printf("   func [%q] [%q] [%q]\n", strings.TrimFunc(s, unicode.IsSpace), strings.TrimLeftFunc(s, unicode.IsLetter), strings.TrimRightFunc(s, unicode.IsPunct))
	}
	fmt.Println(strings.Trim("aaa", "a") == "", strings.TrimLeft("abc", "abc") == "")
	fmt.Printf("%q\n", strings.TrimSpace("\u2000\u3000 wide spaces \u00a0\u0085"))
}
