// run

// Word frequencies of standard input: bufio.Scanner with ScanWords,
// normalisation with strings/unicode, a map, and sort by count then word.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Split(bufio.ScanWords)
	counts := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range counts {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	for i, e := range list {
		if i == 10 {
			break
		}
		bar := strings.Repeat("#", e.n)
		fmt.Printf("%2d. %-8s %3d %5.1f%% %s\n", i+1, e.w, e.n, 100*float64(e.n)/float64(total), bar)
	}
	fmt.Println("distinct:", len(counts), "total:", total)
}
