// run

// Generic functions and types as Go programmers write them: Map/Filter/Reduce,
// a stack, a linked list, Pair[K, V], a Number constraint, %T of instances,
// generic types satisfying interfaces.
package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head *node[T]
	n    int
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{val: v, next: l.head}
	l.n++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Keys[K comparable, V any](m map[K]V) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	xs := []int{1, 2, 3, 4, 5}
	sq := Map(xs, func(x int) string { return fmt.Sprint(x * x) })
	fmt.Println(sq, len(sq))
	ev := Filter(xs, func(x int) bool { return x%2 == 0 })
	fmt.Println(ev)
	fmt.Println(Sum(xs), Sum([]float64{1.5, 2.5}))
	fmt.Println(Max(3, 7), Max("a", "b"), Max[float64](2, 1.5))
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	p := Pair[string, int]{"x", 1}
	fmt.Println(p)
	fmt.Printf("%T %v\n", p, p)
	var l List[float64]
	l.Push(1.5)
	l.Push(2.5)
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Println()
	fmt.Println(len(Keys(map[string]int{"a": 1, "b": 2})))
	fmt.Printf("%T\n", &s)
	var st fmt.Stringer = Pair[int, bool]{1, true}
	fmt.Println(st.String())
}
