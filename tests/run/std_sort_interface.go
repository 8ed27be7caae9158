// run

// sort.Interface implementations: by multiple keys, Reverse, Stable on
// equal elements, IsSorted, and the typed slice helpers.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type byNameThenAge []Person

func (a byNameThenAge) Len() int      { return len(a) }
func (a byNameThenAge) Swap(i, j int) { a[i], a[j] = a[j], a[i] }
func (a byNameThenAge) Less(i, j int) bool {
	if a[i].Name != a[j].Name {
		return a[i].Name < a[j].Name
	}
	return a[i].Age < a[j].Age
}

func main() {
	people := []Person{{"Eve", 30}, {"Bob", 25}, {"Ann", 30}, {"Dan", 25}, {"Bob", 20}, {"Cid", 35}, {"Ann", 22}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(byNameThenAge(people))
	fmt.Println(people)
	fmt.Println(sort.IsSorted(byNameThenAge(people)), sort.IsSorted(ByAge(people)))
	sort.Sort(sort.Reverse(byNameThenAge(people)))
	fmt.Println(people)

	ints := sort.IntSlice{5, 2, 8, -1, 2}
	ints.Sort()
	fmt.Println(ints, ints.Search(2), ints.Search(3), sort.IntsAreSorted(ints))
	sort.Sort(sort.Reverse(ints))
	fmt.Println(ints)
	strs := sort.StringSlice{"pear", "apple", "fig", "Apple"}
	sort.Sort(strs)
	fmt.Println(strs, strs.Search("fig"), sort.StringsAreSorted(strs))
	fl := sort.Float64Slice{2.5, -1, 3.25, 0}
	sort.Sort(fl)
	fmt.Println(fl, fl.Search(1), sort.Float64sAreSorted(fl))

	// A large input exercises the pattern-defeating quicksort paths.
	big := make([]int, 500)
	for i := range big {
		big[i] = (i * 7919) % 503
	}
	sort.Ints(big)
	fmt.Println(big[:8], big[len(big)-4:], sort.IntsAreSorted(big))
	stab := make([]Person, 50)
	for i := range stab {
		stab[i] = Person{fmt.Sprint("p", i), i % 3}
	}
	sort.Stable(ByAge(stab))
	fmt.Println(stab[:5], stab[17:19], stab[45:])
}
