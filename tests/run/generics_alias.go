// run

// Generic type aliases (Go 1.24): an instance is the right-hand side with
// the type arguments substituted (struct, defined generic type, map, func,
// alias of alias), package-level and in a function body.
package main

import "fmt"

type Pair[T any] = struct{ A, B T }

type List[T any] struct{ v T }

type L[T any] = List[T]

type Set[K comparable] = map[K]struct{}

type Fn[A, R any] = func(A) R

type P2[T any] = Pair[T]

func Keys[K comparable](s Set[K]) int { return len(s) }

func main() {
	p := Pair[int]{1, 2}
	fmt.Printf("%+v %T\n", p, p)
	var q struct{ A, B int } = p
	fmt.Println(q)
	l := L[string]{"x"}
	fmt.Printf("%v %T\n", l, l)
	s := Set[string]{"a": {}}
	fmt.Println(Keys(s), len(s))
	var f Fn[int, string] = func(i int) string { return fmt.Sprint(i) }
	fmt.Println(f(3))
	fmt.Printf("%T\n", P2[bool]{})
}

func local() {
	type Loc[T any] = []T
	x := Loc[int]{1, 2}
	fmt.Printf("%v %T\n", x, x)
}

func init() { local() }
