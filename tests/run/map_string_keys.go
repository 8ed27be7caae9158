// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the end fox"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Println(w, counts[w])
	}
	m := map[string]string{"": "empty"}
	fmt.Println(m[""], len(m))
	long := strings.Repeat("abcdefghij", 30)
	m[long] = "long"
	m[long[:299]] = "shorter"
	fmt.Println(m[long], m[long[:299]], m[strings.Repeat("abcdefghij", 30)], len(m))
	b := []byte("key")
	m[string(b)] = "from bytes"
	b[0] = 'K'
	fmt.Println(m["key"], m["Key"] == "", len(m))
	parts := strings.Split("a,b,a,c,b,a", ",")
	seen := map[string]bool{}
	var uniq []string
	for _, p := range parts {
		if !seen[p] {
			seen[p] = true
			uniq = append(uniq, p)
		}
	}
	fmt.Println(uniq)
}
