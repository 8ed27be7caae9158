// run

// Embedded instances of generic types: `Box[T]`, `*Box[int]`,
// `Pair[string, int]` with a tag, a package-qualified `atomic.Pointer[int]`,
// their promoted fields and methods (also through interfaces and fmt's
// Stringer), and fields of array type that gc's parser tells apart from them.
package main

import (
	"fmt"
	"sync/atomic"
)

type Box[T any] struct{ V T }

func (b Box[T]) Get() T         { return b.V }
func (b *Box[T]) Set(v T)       { b.V = v }
func (b Box[T]) String() string { return fmt.Sprint("Box(", b.V, ")") }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Named[T any] struct {
	Box[T]
	Name string
}

type Holder struct {
	*Box[int]
	Pair[string, int] `json:"pair"`
	n                 [2]int
	m                 [len("abc")]byte
	s                 []string
}

type Counter struct {
	atomic.Pointer[int]
	id int
}

type Inner struct{ x int }

func (i Inner) String() string { return "Inner" }

type Outer[T any] struct{ Inner }

type Getter[T any] interface{ Get() T }

type Setter[T any] interface {
	Getter[T]
	Set(T)
}

func main() {
	n := Named[int]{Box[int]{7}, "seven"}
	fmt.Println(n.V, n.Name, n.Get(), n.Box.V)
	n.Set(8)
	fmt.Println(n.Get(), n)
	var s fmt.Stringer = n
	fmt.Println(s.String())
	var g Getter[int] = n
	var st Setter[int] = &n
	st.Set(9)
	fmt.Println(g.Get(), st.Get(), n.V)
	get := n.Get
	fmt.Println(get())

	ns := Named[string]{Name: "s"}
	ns.Set("str")
	fmt.Printf("%v %+v %T\n", ns, ns.Box, ns)

	h := Holder{Box: &Box[int]{1}, Pair: Pair[string, int]{"a", 2}}
	h.Set(5)
	fmt.Println(h.V, h.Get(), h.Key, h.Val, len(h.n), len(h.m), h.s == nil)
	fmt.Printf("%+v %T\n", h.Pair, h.Box)

	var c Counter
	x := 42
	c.Store(&x)
	fmt.Println(*c.Load(), c.id)

	fmt.Println(Outer[int]{}, Outer[string]{Inner{1}}.x)
}
