// run

// wc for stdin: lines, words, characters and bytes, plus the longest line,
// using bufio.Reader.ReadString and unicode/utf8.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

func main() {
	r := bufio.NewReader(os.Stdin)
	lines, words, chars, bytes := 0, 0, 0, 0
	longest := ""
	for {
		s, err := r.ReadString('\n')
		if len(s) > 0 {
			if strings.HasSuffix(s, "\n") {
				lines++
			}
			words += len(strings.Fields(s))
			chars += utf8.RuneCountInString(s)
			bytes += len(s)
			if t := strings.TrimRight(s, "\n"); utf8.RuneCountInString(t) > utf8.RuneCountInString(longest) {
				longest = t
			}
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Printf("%7d %7d %7d %7d\n", lines, words, chars, bytes)
	fmt.Printf("longest (%d runes): %q\n", utf8.RuneCountInString(longest), longest)
}
