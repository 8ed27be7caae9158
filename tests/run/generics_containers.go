// run

// Generic containers: a binary search tree with an ordering constraint, a
// set, a FIFO queue and a small cache; type switches and interfaces over
// instances.
package main

import (
	"fmt"
	"strings"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~float32 | ~float64 | ~string
}

type Tree[T Ordered] struct {
	root *treeNode[T]
	size int
}

type treeNode[T Ordered] struct {
	val         T
	left, right *treeNode[T]
}

func (t *Tree[T]) Insert(v T) bool {
	p := &t.root
	for *p != nil {
		switch {
		case v < (*p).val:
			p = &(*p).left
		case v > (*p).val:
			p = &(*p).right
		default:
			return false
		}
	}
	*p = &treeNode[T]{val: v}
	t.size++
	return true
}

func (t *Tree[T]) Walk(f func(T)) {
	var walk func(n *treeNode[T])
	walk = func(n *treeNode[T]) {
		if n == nil {
			return
		}
		walk(n.left)
		f(n.val)
		walk(n.right)
	}
	walk(t.root)
}

type Set[T comparable] map[T]struct{}

func NewSet[T comparable](xs ...T) Set[T] {
	s := Set[T]{}
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func (s Set[T]) Len() int          { return len(s) }

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
	if len(c.order) > c.limit {
		old := c.order[0]
		c.order = c.order[1:]
		delete(c.data, old)
	}
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Celsius float64

type Lener interface{ Len() int }

func describe(x any) string {
	switch v := x.(type) {
	case Set[int]:
		return fmt.Sprintf("Set[int] with %d", v.Len())
	case *Queue[string]:
		return fmt.Sprintf("queue of %d strings", len(v.items))
	case Lener:
		return fmt.Sprintf("lener %d", v.Len())
	}
	return "other"
}

func main() {
	var t Tree[string]
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		t.Insert(w)
	}
	var words []string
	t.Walk(func(s string) { words = append(words, s) })
	fmt.Println(t.size, strings.Join(words, ","))

	var ct Tree[Celsius]
	ct.Insert(21.5)
	ct.Insert(-3)
	ct.Insert(10)
	ct.Walk(func(c Celsius) { fmt.Print(c, " ") })
	fmt.Println()

	s := NewSet(3, 1, 4, 1, 5, 9, 2, 6)
	fmt.Println(s.Len(), s.Has(4), s.Has(7))

	var q Queue[string]
	q.Push("a")
	q.Push("b")
	fmt.Println(describe(&q))
	v, ok := q.Pop()
	fmt.Println(v, ok)
	fmt.Println(describe(s), describe(NewSet("x")), describe(3))

	c := NewCache[string, int](2)
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	_, okA := c.Get("a")
	vc, okC := c.Get("c")
	fmt.Println(okA, vc, okC)
	fmt.Printf("%T %T %T\n", c, s, t)

	sum := Reduce([]int{1, 2, 3, 4}, 0, func(a, x int) int { return a + x })
	str := Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + fmt.Sprint(x) })
	fmt.Println(sum, str)
	fmt.Println(Index([]string{"a", "b", "c"}, "c"), Index([]float64{1, 2}, 3))
}
