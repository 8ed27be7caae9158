// run

// Binary search: sort.Search, SearchInts/Strings/Float64s, Find, and
// sort.Slice/SliceStable/SliceIsSorted on a leaderboard.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type entry struct {
	name  string
	score int
}

func main() {
	board := []entry{{"ann", 90}, {"bob", 75}, {"cid", 90}, {"dan", 60}, {"eve", 75}, {"fay", 100}}
	sort.SliceStable(board, func(i, j int) bool { return board[i].score > board[j].score })
	fmt.Println(board)
	fmt.Println(sort.SliceIsSorted(board, func(i, j int) bool { return board[i].score > board[j].score }))
	sort.Slice(board, func(i, j int) bool { return board[i].name > board[j].name })
	fmt.Println(board)

	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 4, 11, 12} {
		i := sort.SearchInts(a, x)
		fmt.Println(x, i, i < len(a) && a[i] == x)
	}
	i := sort.Search(len(a), func(i int) bool { return a[i]*a[i] > 50 })
	fmt.Println("first square > 50:", a[i])
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }))

	words := []string{"apple", "banana", "cherry", "date"}
	fmt.Println(sort.SearchStrings(words, "cherry"), sort.SearchStrings(words, "coconut"), sort.SearchStrings(words, "zz"))
	fs := []float64{0.5, 1.5, 2.5}
	fmt.Println(sort.SearchFloat64s(fs, 1.5), sort.SearchFloat64s(fs, 2), sort.SearchFloat64s(fs, -1))

	idx, found := sort.Find(len(words), func(i int) int { return strings.Compare("banana", words[i]) })
	fmt.Println(idx, found)
	idx, found = sort.Find(len(words), func(i int) int { return strings.Compare("blueberry", words[i]) })
	fmt.Println(idx, found)

	// Guess the number by binary search over [0, 1000).
	secret := 737
	steps := 0
	guess := sort.Search(1000, func(n int) bool { steps++; return n >= secret })
	fmt.Println("found", guess, "in", steps, "steps")

	fl := []float64{3, 1, 2}
	sort.Float64s(fl)
	st := []string{"b", "c", "a"}
	sort.Strings(st)
	fmt.Println(fl, st)
}
