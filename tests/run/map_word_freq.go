// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness`

type wordCount struct {
	word  string
	count int
}

func main() {
	freq := make(map[string]int)
	for _, w := range strings.Fields(text) {
		w = strings.ToLower(strings.Trim(w, ",."))
		freq[w]++
	}
	list := make([]wordCount, 0, len(freq))
	for w, c := range freq {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, wc := range list[:6] {
		fmt.Printf("%-8s %d\n", wc.word, wc.count)
	}
	fmt.Println(len(freq), "distinct words")
	byLen := map[int]int{}
	for w := range freq {
		byLen[len(w)]++
	}
	maxLen := 0
	for l := range byLen {
		if l > maxLen {
			maxLen = l
		}
	}
	fmt.Println("longest", maxLen, byLen[maxLen])
}
