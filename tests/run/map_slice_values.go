// run

package main

import (
	"fmt"
	"sort"
)

func main() {
	groups := map[int][]string{}
	words := []string{"go", "rust", "c", "java", "zig", "d", "ocaml", "lua"}
	for _, w := range words {
		groups[len(w)] = append(groups[len(w)], w)
	}
	var lens []int
	for l := range groups {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, groups[l], len(groups[l]))
	}
	s := groups[4]
	s[0] = "JAVA"
	fmt.Println(groups[4][0])
	groups[4] = nil
	fmt.Println(groups[4] == nil, len(groups))
	missing := groups[42]
	fmt.Println(missing == nil, len(missing))

	adj := map[string][]string{}
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}}
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], e[1])
	}
	fmt.Println(adj["a"], adj["b"], adj["c"], adj["d"])
}
