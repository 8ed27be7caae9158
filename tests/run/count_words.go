// run

// Scanning a string byte by byte: words, vowels, letter case.
package main

import "fmt"

func isSpace(s string, i int) bool {
	return s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
}

func countWords(s string) int {
	words := 0
	in := false
	for i := 0; i < len(s); i++ {
		if isSpace(s, i) {
			in = false
		} else if !in {
			in = true
			words++
		}
	}
	return words
}

func main() {
	text := "  The quick brown\tfox jumps over\nthe lazy dog  "
	fmt.Println(countWords(text), countWords(""), countWords("one"), countWords("   "))
	vowels, upper, sum := 0, 0, 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' {
			vowels++
		}
		if c >= 'A' && c <= 'Z' {
			upper++
		}
		sum += int(c)
	}
	fmt.Println(vowels, upper, sum)
}
