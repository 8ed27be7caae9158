// run

// The rest of package strings: Clone, ContainsFunc, EqualFold on longer
// text, Count on overlapping patterns, Title-case by hand, IndexByte loops,
// Lines-free line handling, and Compare-based ordering.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func capitalize(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func reverseWords(s string) string {
	w := strings.Fields(s)
	for i, j := 0, len(w)-1; i < j; i, j = i+1, j-1 {
		w[i], w[j] = w[j], w[i]
	}
	return strings.Join(w, " ")
}

func isPalindrome(s string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	r := []rune(b.String())
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		if r[i] != r[j] {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println(capitalize("the go programming language"), "|", reverseWords("one two  three"))
	for _, s := range []string{"A man, a plan, a canal: Panama", "hello", "Ésope reste ici et se repose", ""} {
		fmt.Println(isPalindrome(s))
	}
	fmt.Println(strings.Count("aaaa", "aa"), strings.Count("ababab", "aba"), strings.Index("aaaa", "aa"))
	text := "line one\nline two\r\nline three\n"
	for i, l := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
		fmt.Printf("%d:%q ", i, strings.TrimSuffix(l, "\r"))
	}
	fmt.Println()
	c := strings.Clone("clone me")
	fmt.Println(c, strings.Clone("") == "")
	fmt.Println(strings.EqualFold("The Quick Brown Fox", "tHE qUICK bROWN fOX"), strings.EqualFold("Straße", "STRASSE"))
	names := []string{"bob", "Alice", "carol", "alice", "Bob"}
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && strings.Compare(strings.ToLower(names[j]), strings.ToLower(names[j-1])) < 0; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
	fmt.Println(names)
	csv := "name,age,city\nAnn,31,Oslo\nBo,27,Rome"
	for _, row := range strings.Split(csv, "\n") {
		cols := strings.Split(row, ",")
		fmt.Printf("%-5s|%3s|%s\n", cols[0], cols[1], strings.ToUpper(cols[2]))
	}
	path := "/usr/local/lib/go/src/fmt/print.go"
	dir, file := path[:strings.LastIndex(path, "/")], path[strings.LastIndex(path, "/")+1:]
	ext := file[strings.IndexByte(file, '.'):]
	fmt.Println(dir, file, ext, strings.Count(path, "/"))
}
