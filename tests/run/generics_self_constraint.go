// run

// Self-referential constraints: a generic interface whose type parameter is
// constrained by an instance of itself (`Adder[A Adder[A]]`), used by
// explicit and inferred calls, recursively.
package main

import "fmt"

type Adder[A Adder[A]] interface{ Add(A) A }

type Ordered[T Ordered[T]] interface {
	Less(T) bool
}

type N int

func (n N) Add(m N) N { return n + m }

type S string

func (s S) Less(t S) bool { return s < t }

func Sum[A Adder[A]](xs ...A) (z A) {
	for _, x := range xs {
		z = z.Add(x)
	}
	return
}

func Min[T Ordered[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Node[N Node[N]] interface {
	Children() []N
}

type Tree struct{ kids []Tree; name string }

func (t Tree) Children() []Tree { return t.kids }

func Count[N Node[N]](n N) int {
	c := 1
	for _, k := range n.Children() {
		c += Count(k)
	}
	return c
}

func main() {
	fmt.Println(Sum[N](1, 2, 3), Sum(N(4), N(5)))
	fmt.Println(Min(S("b"), S("a"), S("c")))
	fmt.Println(Count(Tree{kids: []Tree{{}, {kids: []Tree{{}}}}}))
}
