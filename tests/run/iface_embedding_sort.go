// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

type ByName struct{ People }

func (b ByName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool {
	if b.People[i].Age != b.People[j].Age {
		return b.People[i].Age < b.People[j].Age
	}
	return b.People[i].Name < b.People[j].Name
}

// reverse embeds sort.Interface and overrides Less, like sort.Reverse.
type reverse struct {
	sort.Interface
}

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func names(p People) string {
	var s []string
	for _, x := range p {
		s = append(s, fmt.Sprintf("%s(%d)", x.Name, x.Age))
	}
	return strings.Join(s, " ")
}

func main() {
	p := People{{"Carol", 35}, {"alice", 30}, {"Bob", 25}, {"Dave", 30}, {"Eve", 25}}
	sort.Sort(ByName{p})
	fmt.Println(names(p))
	sort.Sort(ByAge{p})
	fmt.Println(names(p))
	sort.Sort(reverse{ByAge{p}})
	fmt.Println(names(p))
	sort.Sort(sort.Reverse(ByName{p}))
	fmt.Println(names(p))
	var si sort.Interface = ByName{p}
	fmt.Println(si.Len(), sort.IsSorted(si))
	sort.Stable(ByName{p})
	fmt.Println(names(p), sort.IsSorted(si))
	sort.Slice(p, func(i, j int) bool { return p[i].Age > p[j].Age || p[i].Age == p[j].Age && p[i].Name > p[j].Name })
	fmt.Println(names(p))
	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 8))
	strs := []string{"pear", "apple", "fig"}
	sort.Strings(strs)
	fmt.Println(strs)
}
