// run

// Word statistics over a built-in text: tokenising with strings.Fields and
// strings.FieldsFunc, case folding, stop words, frequency maps sorted with
// sort.Slice, bigrams, a letter histogram and a simple concordance.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way - in short, the period was so
far like the present period, that some of its noisiest authorities insisted on
its being received, for good or for evil, in the superlative degree of
comparison only. There were a king with a large jaw and a queen with a plain
face, on the throne of England; there were a king with a large jaw and a queen
with a fair face, on the throne of France.`

var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("a an and the of it was in on to for we or so that its with there were had all") {
		stopWords[w] = true
	}
}

type WordCount struct {
	Word  string
	Count int
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func countWords(ws []string, skipStop bool) map[string]int {
	counts := make(map[string]int)
	for _, w := range ws {
		if skipStop && stopWords[w] {
			continue
		}
		counts[w]++
	}
	return counts
}

func top(counts map[string]int, n int) []WordCount {
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func printTable(title string, list []WordCount) {
	fmt.Printf("-- %s --\n", title)
	maxCount := 1
	for _, wc := range list {
		maxCount = max(maxCount, wc.Count)
	}
	for i, wc := range list {
		bar := strings.Repeat("*", wc.Count*30/maxCount)
		fmt.Printf("%2d. %-14s %3d %s\n", i+1, wc.Word, wc.Count, bar)
	}
}

func main() {
	raw := strings.Fields(text)
	ws := words(text)
	fmt.Printf("%d raw fields, %d words, %d lines, %d bytes\n",
		len(raw), len(ws), strings.Count(text, "\n")+1, len(text))

	all := countWords(ws, false)
	printTable("top 10 words", top(all, 10))
	content := countWords(ws, true)
	printTable("top 8 content words", top(content, 8))

	var once []string
	for w, c := range content {
		if c == 1 {
			once = append(once, w)
		}
	}
	sort.Strings(once)
	fmt.Printf("%d hapax legomena, first ten: %s\n", len(once), strings.Join(once[:10], " "))

	bigrams := map[[2]string]int{}
	for i := 0; i+1 < len(ws); i++ {
		bigrams[[2]string{ws[i], ws[i+1]}]++
	}
	type bigram struct {
		pair  [2]string
		count int
	}
	var bl []bigram
	for p, c := range bigrams {
		if c >= 3 {
			bl = append(bl, bigram{p, c})
		}
	}
	sort.Slice(bl, func(i, j int) bool {
		if bl[i].count != bl[j].count {
			return bl[i].count > bl[j].count
		}
		if bl[i].pair[0] != bl[j].pair[0] {
			return bl[i].pair[0] < bl[j].pair[0]
		}
		return bl[i].pair[1] < bl[j].pair[1]
	})
	fmt.Println("-- bigrams seen 3+ times --")
	for _, b := range bl {
		fmt.Printf("%-20s %d\n", b.pair[0]+" "+b.pair[1], b.count)
	}

	letters := map[rune]int{}
	total := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters[unicode.ToLower(r)]++
			total++
		}
	}
	keys := make([]rune, 0, len(letters))
	for r := range letters {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool {
		return letters[keys[i]] > letters[keys[j]] || letters[keys[i]] == letters[keys[j]] && keys[i] < keys[j]
	})
	fmt.Print("letters by frequency: ")
	for _, r := range keys {
		fmt.Printf("%c", r)
	}
	fmt.Printf("\n'e' is %.1f%% of %d letters\n", 100*float64(letters['e'])/float64(total), total)

	// Concordance: the line numbers where selected words occur.
	index := map[string][]int{}
	for n, line := range strings.Split(text, "\n") {
		for _, w := range words(line) {
			if l := index[w]; len(l) == 0 || l[len(l)-1] != n+1 {
				index[w] = append(l, n+1)
			}
		}
	}
	for _, w := range []string{"times", "king", "queen", "season", "throne", "missing"} {
		fmt.Printf("%-8s lines %v\n", w, index[w])
	}

	lengths := map[int][]string{}
	for w := range all {
		lengths[len(w)] = append(lengths[len(w)], w)
	}
	longest := 0
	for l := range lengths {
		longest = max(longest, l)
	}
	sort.Strings(lengths[longest])
	fmt.Printf("longest words (%d letters): %v\n", longest, lengths[longest])
	title := strings.Map(func(r rune) rune {
		if r == '-' {
			return -1
		}
		return unicode.ToUpper(r)
	}, strings.Join(raw[:6], "-"))
	fmt.Println(title)
}
