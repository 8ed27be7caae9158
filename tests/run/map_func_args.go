// run

package main

import "fmt"

type Cache struct {
	hits   int
	values map[string]int
}

func NewCache() *Cache {
	return &Cache{values: make(map[string]int)}
}

func (c *Cache) Get(k string) (int, bool) {
	v, ok := c.values[k]
	if ok {
		c.hits++
	}
	return v, ok
}

func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
}

func reset(m map[int]int) {
	m = map[int]int{-1: -1}
	m[5] = 5
}

func makeIndex(words ...string) map[string]int {
	idx := make(map[string]int, len(words))
	for i, w := range words {
		idx[w] = i
	}
	return idx
}

func both() (map[string]bool, int) {
	return map[string]bool{"x": true}, 1
}

func sumValues(m map[int]int) (s int) {
	for _, v := range m {
		s += v
	}
	return
}

func setVia(p *map[string]int) {
	*p = map[string]int{"new": 1}
	(*p)["more"] = 2
}

func main() {
	m := map[int]int{}
	fill(m, 10)
	fmt.Println(len(m), m[9], sumValues(m))
	reset(m)
	fmt.Println(len(m), m[-1])
	alias := m
	alias[100] = 1
	fmt.Println(len(m), m[100])

	idx := makeIndex("a", "b", "c")
	fmt.Println(idx["a"], idx["c"], len(idx))
	b, n := both()
	fmt.Println(b["x"], n)

	c := NewCache()
	c.values["k"] = 42
	v, ok := c.Get("k")
	_, ok2 := c.Get("z")
	fmt.Println(v, ok, ok2, c.hits)

	var pm map[string]int
	setVia(&pm)
	fmt.Println(len(pm), pm["new"], pm["more"])

	apply := func(m map[string]int, f func(int) int) {
		for k, v := range m {
			m[k] = f(v)
		}
	}
	apply(pm, func(x int) int { return x * 10 })
	fmt.Println(pm["new"], pm["more"])
}
