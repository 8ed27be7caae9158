// run

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() int { return s[len(s)-1] }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type ByLen []string

func (b ByLen) Len() int           { return len(b) }
func (b ByLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b ByLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func apply(fs []func() int) []int {
	var out []int
	for _, f := range fs {
		out = append(out, f())
	}
	return out
}

func main() {
	c := Counter{}
	inc := c.Inc
	get := c.Get // copies c now (n=0)
	fmt.Println(apply([]func() int{inc, inc, get, c.Get, inc}))
	fmt.Println(c.n)

	add := Op(func(a, b int) int { return a + b })
	mul := Op(func(a, b int) int { return a * b })
	ops := map[string]Op{"add": add, "mul": mul}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k].Apply(6, 7), Op.Apply(ops[k], 2, 3))
	}

	var s Stack
	push := s.Push
	for i := 1; i <= 5; i++ {
		push(i * i)
	}
	fmt.Println(s, s.Peek())
	a := s.Pop()
	b := s.Pop()
	fmt.Println(a, b, s)
	peek := Stack.Peek
	fmt.Println(peek(s))
	pop := (*Stack).Pop
	fmt.Println(pop(&s), s)

	temps := []Celsius{21.5, -3, 37.77}
	var strs []string
	for _, t := range temps {
		strs = append(strs, t.String())
	}
	fmt.Println(strings.Join(strs, ", "), temps)
	str := temps[1].String
	temps[1] = 100
	fmt.Println(str(), temps[1])
	var st fmt.Stringer = temps[2]
	fmt.Println(st)

	words := ByLen{"banana", "kiwi", "apple", "fig", "cherry"}
	sort.Stable(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(words))
	fmt.Println(words)

	// Method value from interface.
	var sg interface{ Get() int } = &c
	g := sg.Get
	c.n = 42
	fmt.Println(g(), sg.Get())
	// nil method value on pointer receiver: taking it is fine, calling with nil deref panics.
	var np *Counter
	f := np.Inc
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
