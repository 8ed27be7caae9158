// run

// Splitting and joining: Split, SplitN, SplitAfter, SplitAfterN, Fields,
// FieldsFunc and Join, including empty inputs and separators.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	inputs := []string{"", "a", "a,b,c", ",a,,b,", "no-sep", "  lead and trail  ", "日本,語"}
	for _, s := range inputs {
		fmt.Printf("%q\n", s)
		fmt.Printf("  Split %q  SplitEmpty %q\n", strings.Split(s, ","), strings.Split(s, ""))
		for _, n := range []int{-1, 0, 1, 2, 3} {
			fmt.Printf("  N%d %q %q\n", n, strings.SplitN(s, ",", n), strings.SplitAfterN(s, ",", n))
		}
		fmt.Printf("  After %q Fields %q\n", strings.SplitAfter(s, ","), strings.Fields(s))
		fmt.Println("  len", len(strings.Split(s, ",")), len(strings.Fields(s)))
	}
	fmt.Printf("%q\n", strings.Fields(" \t\n a  b\u00a0c \v d\r\n"))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333;d", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsNumber(c)
	}))
	fmt.Printf("%q\n", strings.FieldsFunc("", unicode.IsSpace))
	parts := strings.Split("usr/local/bin", "/")
	fmt.Println(strings.Join(parts, "\\"), strings.Join(nil, ","), strings.Join([]string{"x"}, ", "))
	fmt.Println(strings.Join([]string{"a", "", "b"}, "--"))
	fmt.Printf("%q\n", strings.Split("a--b----c", "--"))
	fmt.Printf("%q\n", strings.SplitAfter("one two three", " "))
}
