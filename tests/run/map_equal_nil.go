// run

package main

import "fmt"

type Set map[string]struct{}

func (s Set) Has(k string) bool {
	_, ok := s[k]
	return ok
}

func (s Set) Add(k string) { s[k] = struct{}{} }

func maybe(b bool) map[int]int {
	if b {
		return map[int]int{}
	}
	return nil
}

type Holder struct {
	M map[string]int
}

func main() {
	fmt.Println(maybe(true) == nil, maybe(false) == nil, maybe(false) != nil)
	var s Set
	fmt.Println(s == nil, s.Has("x"), len(s))
	s = Set{}
	s.Add("x")
	s.Add("x")
	s.Add("y")
	fmt.Println(s == nil, s.Has("x"), s.Has("z"), len(s))
	var h Holder
	fmt.Println(h.M == nil)
	h.M = map[string]int{"a": 1}
	h.M["b"] = 2
	fmt.Println(h.M != nil, len(h.M))
	var a any = h.M
	m2, ok := a.(map[string]int)
	fmt.Println(ok, m2["b"])
	var nm map[string]int
	a = nm
	fmt.Println(a != nil, a.(map[string]int) == nil)
}
