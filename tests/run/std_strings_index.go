// run

// Searching: Index*, LastIndex*, Contains*, HasPrefix/HasSuffix and Count.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	hay := []string{"", "chicken", "日本語日本語", "abcabcabc", "aaaa", "go gopher"}
	needles := []string{"", "a", "ken", "日本", "abc", "aa", "z", "go"}
	for _, h := range hay {
		for _, n := range needles {
			fmt.Print(strings.Index(h, n), strings.LastIndex(h, n), strings.Contains(h, n), strings.Count(h, n), strings.HasPrefix(h, n), strings.HasSuffix(h, n), " ")
		}
		fmt.Println()
		fmt.Println(" ", strings.IndexByte(h, 'c'), strings.LastIndexByte(h, 'a'), strings.IndexRune(h, '語'), strings.IndexRune(h, 'k'), strings.ContainsRune(h, 'b'),
			strings.IndexAny(h, "kb本"), strings.LastIndexAny(h, "ab語"), strings.ContainsAny(h, "xyz"), strings.ContainsAny(h, ""),
			strings.IndexFunc(h, unicode.IsUpper), strings.IndexFunc(h, unicode.IsSpace), strings.LastIndexFunc(h, unicode.IsLetter),
			strings.ContainsFunc(h, unicode.IsSpace))
	}
	fmt.Println(strings.Count("five", ""), strings.Count("", ""), strings.Count("cheese", "e"))
	fmt.Println(strings.Index("x\xffy", "\uFFFD"), strings.IndexRune("x\uFFFDy", 0xFFFD), strings.IndexRune("abc", -1))
	long := strings.Repeat("ab", 500) + "needle" + strings.Repeat("ba", 500)
	fmt.Println(strings.Index(long, "needle"), strings.LastIndex(long, "ab"), strings.Count(long, "ab"))
}
