// run

// sort.Slice, SliceStable and SliceIsSorted with closures over structs, and
// the stability guarantee of SliceStable.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}, {"Eve", 30}, {"Frank", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	for _, p := range people {
		fmt.Print(p.name, ":", p.age, " ")
	}
	fmt.Println()
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	for _, p := range people {
		fmt.Print(p.name, " ")
	}
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name > people[j].name }))
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	nums := []int{9, 3, 7, 1, 8, 2}
	sort.Slice(nums, func(i, j int) bool { return nums[i]%3 < nums[j]%3 || nums[i]%3 == nums[j]%3 && nums[i] < nums[j] })
	fmt.Println(nums)
	type kv struct {
		k string
		v int
	}
	pairs := make([]kv, 0)
	for i, w := range []string{"x", "y", "z", "w", "v"} {
		pairs = append(pairs, kv{w, (i * 7) % 5})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].v < pairs[j].v })
	fmt.Println(len(pairs), pairs[0].k, pairs[4].k)
}
