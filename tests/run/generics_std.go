// run

// The generic standard library: slices, maps, cmp and iterators, with
// slices.Sorted(maps.Keys(m)).
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	slices.Sort(xs)
	fmt.Println(xs, slices.Contains(xs, 8), slices.Index(xs, 9), slices.Max(xs), slices.Min(xs))
	i, found := slices.BinarySearch(xs, 5)
	fmt.Println(i, found)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	people := []person{{"alice", 30}, {"bob", 25}, {"carol", 35}, {"dave", 25}}
	slices.SortStableFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(people)
	ys := slices.Clone(xs)
	ys = slices.Insert(ys, 2, 100, 200)
	fmt.Println(ys, slices.Equal(xs, ys))
	ws := []string{"b", "a", "b", "c", "a"}
	slices.Sort(ws)
	ws = slices.Compact(ws)
	fmt.Println(ws, cmp.Compare("a", "b"), min(3, 1))
	m2 := maps.Clone(m)
	delete(m2, "a")
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println(i, v)
	}
	idx := slices.IndexFunc(people, func(p person) bool { return p.name == "bob" })
	fmt.Println(idx)
}
