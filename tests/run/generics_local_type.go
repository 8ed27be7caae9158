// run

// Generic types declared in function bodies: instances checked with the
// local names visible at the declaration (a local constant and type), two
// functions' box[int] being distinct types, a recursive local list[T].
package main

import "fmt"

type pkgT int

func f() any {
	type box[T any] struct{ v T }
	return box[int]{1}
}

func g() any {
	const n = 2
	type local struct{ s string }
	type box[T any] struct {
		v T
		a [n]local
		p pkgT
	}
	b := box[int]{v: 2}
	b.a[1].s = "x"
	return b
}

func main() {
	type box[T any] struct{ v T }
	b := box[string]{"hi"}
	fmt.Printf("%v %T\n", b.v, b)
	fmt.Printf("%v %T\n", f(), f())
	fmt.Printf("%v %T\n", g(), g())
	fmt.Println(f() == any(box[int]{1}), f() == f())
	type list[T any] struct {
		next *list[T]
		v    T
	}
	l := &list[int]{v: 1, next: &list[int]{v: 2}}
	fmt.Println(l.v, l.next.v)
}
