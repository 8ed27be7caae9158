// run

// Splitting text into lines and fields with iterators, counting words,
// and nested loops that stop early.

package main

import (
	"fmt"
	"strings"
)

func Lines(s string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		n := 0
		for len(s) > 0 {
			i := strings.IndexByte(s, '\n')
			var line string
			if i < 0 {
				line, s = s, ""
			} else {
				line, s = s[:i], s[i+1:]
			}
			n++
			if !yield(n, line) {
				return
			}
		}
	}
}

func Fields(s string) func(func(string) bool) {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i <= len(s); i++ {
			if i == len(s) || s[i] == ' ' || s[i] == '\t' {
				if start >= 0 {
					if !yield(s[start:i]) {
						return
					}
					start = -1
				}
			} else if start < 0 {
				start = i
			}
		}
	}
}

const text = `the quick brown fox
jumps over  the lazy dog
# a comment line
	tabs	and spaces  
END
never reached`

func countWords(s string) map[string]int {
	counts := map[string]int{}
	for _, line := range Lines(s) {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if line == "END" {
			break
		}
		for w := range Fields(line) {
			counts[w]++
		}
	}
	return counts
}

func findWord(s, w string) (line, col int) {
	for n, l := range Lines(s) {
		c := 0
		for f := range Fields(l) {
			c++
			if f == w {
				return n, c
			}
		}
	}
	return -1, -1
}

func main() {
	counts := countWords(text)
	for _, w := range []string{"the", "fox", "tabs", "spaces", "never", "#"} {
		fmt.Println(w, counts[w])
	}
	fmt.Println(len(counts))
	fmt.Println(findWord(text, "lazy"))
	fmt.Println(findWord(text, "and"))
	fmt.Println(findWord(text, "missing"))

	longest := ""
lines:
	for n, l := range Lines(text) {
		for f := range Fields(l) {
			if f == "comment" {
				fmt.Println("skip line", n)
				continue lines
			}
			if len(f) > len(longest) {
				longest = f
			}
		}
	}
	fmt.Println("longest", longest)

	var firsts []string
	for _, l := range Lines(text) {
		for f := range Fields(l) {
			firsts = append(firsts, f)
			break
		}
	}
	fmt.Println(strings.Join(firsts, ","))
}
