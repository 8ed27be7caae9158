// run

package main

import (
	"fmt"
	"sort"
)

type Key struct {
	Name string
	Pos  [2]int
}

type Shape interface{ Area() int }
type Sq struct{ S int }

func (s Sq) Area() int { return s.S * s.S }

func main() {
	m := map[Key][]string{}
	k1 := Key{"a", [2]int{1, 2}}
	m[k1] = append(m[k1], "x")
	m[k1] = append(m[k1], "y")
	m[Key{"a", [2]int{1, 2}}] = append(m[Key{"a", [2]int{1, 2}}], "z")
	m[Key{"b", [2]int{0, 0}}] = nil
	fmt.Println(len(m), m[k1], m[Key{"b", [2]int{}}] == nil)
	v, ok := m[Key{"c", [2]int{}}]
	fmt.Println(v, ok, v == nil)

	// map of maps
	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "1")
	add("x", "1")
	add("x", "2")
	add("y", "1")
	fmt.Println(nested)
	// map with interface keys
	im := map[any]string{1: "int", "1": "string", 1.0: "float", Sq{2}: "sq", [2]int{1, 2}: "arr", true: "bool"}
	fmt.Println(len(im), im[1], im["1"], im[1.0], im[Sq{2}], im[[2]int{1, 2}], im[true], im[int8(1)] == "")
	var sh Shape = Sq{2}
	im[sh] = "shape"
	fmt.Println(im[Sq{2}], len(im))
	// struct values are copies
	type Acct struct {
		Bal  int
		Hist []int
	}
	accts := map[string]Acct{"a": {Bal: 10}}
	a := accts["a"]
	a.Bal += 5
	a.Hist = append(a.Hist, 5)
	fmt.Println(accts["a"].Bal, a.Bal)
	accts["a"] = a
	fmt.Println(accts["a"])
	// pointer values share
	pm := map[string]*Acct{"p": {Bal: 1}}
	pm["p"].Bal += 100
	pm["p"].Hist = append(pm["p"].Hist, 100)
	fmt.Println(*pm["p"])
	// map of arrays modified through copy
	am := map[int][3]int{}
	arr := am[1]
	arr[0] = 7
	am[1] = arr
	fmt.Println(am)
	// Deleting during iteration: all remaining visited entries count.
	dm := map[int]int{}
	for i := 0; i < 100; i++ {
		dm[i] = i
	}
	seen := 0
	for k := range dm {
		if k%2 == 0 {
			delete(dm, k+1)
		}
		seen++
	}
	fmt.Println(len(dm), seen >= 50, seen <= 100)
	// Sorted output
	freq := map[string]int{"the": 5, "a": 3, "go": 5, "is": 1, "fun": 3}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs)
	// Float keys with NaN and -0
	fm := map[float64]int{}
	nan := 0.0
	nan = nan / nan
	fm[nan] = 1
	fm[nan] = 2
	fm[0.0] = 3
	negz := 0.0
	negz = -negz
	fm[negz] = 4
	fmt.Println(len(fm), fm[0])
	_, found := fm[nan]
	fmt.Println(found)
	// Printing maps sorts keys.
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"}, map[bool]int{true: 1, false: 0})
	fmt.Printf("%v %d\n", map[string]bool{"z": true, "a": false}, map[string]int{"b": 2, "a": 1})
	// Map length after many inserts/deletes.
	big := make(map[int]struct{}, 10)
	for i := 0; i < 5000; i++ {
		big[i*7%5000] = struct{}{}
	}
	for i := 0; i < 5000; i += 3 {
		delete(big, i)
	}
	fmt.Println(len(big))
	// Map of funcs.
	ops := map[string]func(int, int) int{
		"+": func(a, b int) int { return a + b },
		"-": func(a, b int) int { return a - b },
	}
	fmt.Println(ops["+"](3, 4), ops["-"](3, 4), ops["*"] == nil)
}
