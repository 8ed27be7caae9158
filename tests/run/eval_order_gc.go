// run

package main

import "fmt"

// gc evaluates every call of a statement first, in order, and reads plain
// variables afterwards; len/cap and interface conversions of values that do
// not fit a word are ordered like calls. The spec leaves these orders open;
// programs see gc's.

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() int {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}
func (s *Stack) Len() int { return len(s.items) }

func inc(p *int) int { *p++; return *p }

type Point struct{ X, Y int }

func (p *Point) Move() int { p.X++; return p.X }

var trace []string

func note(s string) string { trace = append(trace, s); return s }

func t(s string) bool { fmt.Println("t", s); return true }
func f(s string) bool { fmt.Println("f", s); return false }

func main() {
	st := &Stack{}
	for i := 1; i <= 4; i++ {
		st.Push(i * 10)
	}
	fmt.Println(len(st.items), st.Pop(), len(st.items), st.Len())
	fmt.Println(st.Pop(), st.Pop(), st.Len())

	x := 1
	fmt.Println(x, inc(&x), x)
	y := 5
	z := y + inc(&y)
	fmt.Println(z, y)
	w := 3
	w += inc(&w)
	fmt.Println(w)

	arr := []int{10, 20, 30}
	i := 0
	fmt.Println(arr[i], inc(&i), arr[i])
	arr[i] = inc(&i) * 100
	fmt.Println(arr, i)

	m := map[string]int{"a": 1}
	fmt.Println(m["a"], func() int { m["a"] = 9; return 0 }(), m["a"])
	s := "x"
	fmt.Println(s+"!", func() int { s = "y"; return 0 }())

	p := Point{1, 2}
	fmt.Println(p, p.Move(), p)
	pp := &p
	fmt.Println(pp.X, pp.Move(), *pp)

	// Short-circuit operators still guard their right operand's calls.
	if f("a") && t("b") || t("c") && f("d") || t("e") {
		fmt.Println("yes")
	}
	fmt.Println(true && f("x"), false || t("y"), false && t("never"))
	ok := len(arr) > 5 && arr[5] == 0
	fmt.Println(ok)

	// Map stores evaluate the index's calls before the value's.
	mm := map[string]string{}
	mm[note("k1")] = note("v1")
	mm[note("k2")], mm[note("k3")] = note("v2"), note("v3")
	fmt.Println(trace, len(mm))

	// Composite literals and returns order their calls the same way.
	n := 0
	lit := []int{n, inc(&n), n, inc(&n)}
	fmt.Println(lit)
	a, b := pair(&n)
	fmt.Println(a, b)

	defer fmt.Println("deferred", x, inc(&x))
	x = 100
}

func pair(n *int) (int, int) {
	return *n, inc(n)
}
