// run

// strings.Replace, ReplaceAll and NewReplacer (byte, string and generic
// replacers, overlapping and empty patterns).
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.ReplaceAll("banana", "a", "o"), strings.ReplaceAll("banana", "ana", "X"))
	fmt.Println(strings.Replace("", "", "x", -1), strings.Replace("aaa", "a", "", 0))
	html := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;", "\"", "&quot;")
	fmt.Println(html.Replace(`<a href="x">Tom & Jerry</a>`))
	bytesr := strings.NewReplacer("a", "1", "b", "2", "c", "3")
	fmt.Println(bytesr.Replace("abcabcxyz"))
	first := strings.NewReplacer("a", "1", "a", "2")
	fmt.Println(first.Replace("aaa"))
	longest := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(longest.Replace("aaaaaa"), longest.Replace("aaaa"))
	empty := strings.NewReplacer("", "X")
	fmt.Println(empty.Replace("abc"))
	mixed := strings.NewReplacer("hello", "HI", "", "_")
	fmt.Println(mixed.Replace("say hello"))
	words := strings.NewReplacer("one", "1", "two", "2", "three", "3")
	fmt.Println(words.Replace("one two three four onetwo"))
	n, err := words.WriteString(os.Stdout, "two and three\n")
	fmt.Println(n, err)
	del := strings.NewReplacer(" ", "", "\t", "")
	fmt.Println(del.Replace(" a b\tc "))
	nop := strings.NewReplacer()
	fmt.Println(nop.Replace("unchanged"))
}
