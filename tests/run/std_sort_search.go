// run

// Binary search: sort.Search, Find, SearchInts, SearchStrings,
// SearchFloat64s, on present, absent and boundary values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	a := []int{1, 3, 3, 5, 8, 13, 21}
	for _, x := range []int{0, 1, 3, 4, 21, 22} {
		i := sort.SearchInts(a, x)
		fmt.Println(x, i, i < len(a) && a[i] == x)
	}
	fs := []float64{-1.5, 0, 2.25, 10}
	fmt.Println(sort.SearchFloat64s(fs, 2.25), sort.SearchFloat64s(fs, 3), sort.SearchFloat64s(fs, -9))
	ss := []string{"ant", "bee", "cat", "dog"}
	fmt.Println(sort.SearchStrings(ss, "cat"), sort.SearchStrings(ss, "cow"), sort.SearchStrings(ss, "zebra"))
	// Square root by binary search over the answer.
	n := 1000000
	r := sort.Search(n, func(i int) bool { return i*i >= 123456789 })
	fmt.Println(r, r*r, (r-1)*(r-1))
	i, found := sort.Find(len(ss), func(i int) int { return strings.Compare("bee", ss[i]) })
	fmt.Println(i, found)
	i, found = sort.Find(len(ss), func(i int) int { return strings.Compare("bat", ss[i]) })
	fmt.Println(i, found)
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }))
	fmt.Println(sort.IntSlice(a).Search(8), sort.StringSlice(ss).Search("dog"))
}
