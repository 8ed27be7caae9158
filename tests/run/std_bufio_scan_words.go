// run

// Counting words, runes and bytes of stdin with bufio.Scanner's split
// functions, and a custom split function.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	data, err := bufio.NewReader(os.Stdin).ReadString(0)
	fmt.Println(len(data), err)

	words := bufio.NewScanner(strings.NewReader(data))
	words.Split(bufio.ScanWords)
	var list []string
	for words.Scan() {
		list = append(list, strings.ToLower(strings.Trim(words.Text(), ".,;!?")))
	}
	fmt.Println(len(list))
	sort.Strings(list)
	// Words in order with their counts (adjacent duplicates after sorting).
	for i := 0; i < len(list); {
		j := i
		for j < len(list) && list[j] == list[i] {
			j++
		}
		if j-i > 1 {
			fmt.Printf("%s=%d ", list[i], j-i)
		}
		i = j
	}
	fmt.Println()

	runes := bufio.NewScanner(strings.NewReader(data))
	runes.Split(bufio.ScanRunes)
	nr, nonASCII := 0, 0
	for runes.Scan() {
		nr++
		if len(runes.Bytes()) > 1 {
			nonASCII++
		}
	}
	fmt.Println("runes:", nr, "non-ASCII:", nonASCII)

	commas := bufio.NewScanner(strings.NewReader("a,b,,c,"))
	commas.Split(func(d []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(d, ','); i >= 0 {
			return i + 1, d[:i], nil
		}
		if atEOF && len(d) > 0 {
			return len(d), d, nil
		}
		return 0, nil, nil
	})
	for commas.Scan() {
		fmt.Printf("%q ", commas.Text())
	}
	fmt.Println()
}
