// run

// Searching strings: Contains*, Index*, LastIndex*, Count, HasPrefix/Suffix,
// EqualFold and Compare, including empty strings and multi-byte runes.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog — café"
	for _, sub := range []string{"the", "fox", "cat", "", "é", "dog —"} {
		fmt.Printf("%-6q contains=%t index=%d last=%d count=%d\n", sub,
			strings.Contains(s, sub), strings.Index(s, sub), strings.LastIndex(s, sub), strings.Count(s, sub))
	}
	fmt.Println(strings.ContainsRune(s, 'z'), strings.ContainsRune(s, 'Z'), strings.ContainsRune(s, 'é'))
	fmt.Println(strings.ContainsAny(s, "XYZ"), strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, ""))
	fmt.Println(strings.ContainsFunc(s, unicode.IsUpper), strings.ContainsFunc(s, unicode.IsPunct))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexByte(s, 'Q'), strings.LastIndexByte(s, 'o'))
	fmt.Println(strings.IndexRune(s, 'é'), strings.IndexRune(s, '—'), strings.IndexRune(s, 'x'), strings.IndexRune("a\xffb", utf8RuneError()))
	fmt.Println(strings.IndexAny(s, "zyx"), strings.LastIndexAny(s, "zyx"), strings.IndexAny(s, ""))
	fmt.Println(strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsSpace))
	fmt.Println(strings.IndexFunc("abc", unicode.IsDigit), strings.LastIndexFunc("", unicode.IsDigit))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))

	files := []string{"main.go", "main_test.go", "README.md", "go.mod", ".gitignore"}
	for _, f := range files {
		fmt.Printf("%-12s test=%t go=%t hidden=%t\n", f,
			strings.HasSuffix(f, "_test.go"), strings.HasSuffix(f, ".go"), strings.HasPrefix(f, "."))
	}
	fmt.Println(strings.HasPrefix("", ""), strings.HasSuffix("a", ""), strings.HasPrefix("a", "ab"))

	pairs := [][2]string{{"Go", "GO"}, {"straße", "STRASSE"}, {"ǅ", "ǆ"}, {"k", "\u212a"}, {"a", "b"}, {"", ""}}
	for _, p := range pairs {
		fmt.Println(p[0], p[1], strings.EqualFold(p[0], p[1]), strings.Compare(p[0], p[1]), strings.Compare(p[1], p[0]))
	}
	fmt.Println(strings.Compare("a", "a"), strings.Compare("ab", "abc"), strings.Compare("b", "abc"))
}

func utf8RuneError() rune { return '\uFFFD' }
