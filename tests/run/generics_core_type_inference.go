// run

// Inference through constraint core types (types2's core type unification):
// `PT interface{ *T; M() }` is inferred as *T from T, explicit or inferred;
// `S ~[]E` and `M ~map[K]V` bind E, K and V from S and M.
package main

import "fmt"

type Setter[T any] interface {
	*T
	Set(int)
}

type V struct{ n int }

func (v *V) Set(n int) { v.n = n }

func Make[T any, PT Setter[T]](n int) T {
	var t T
	PT(&t).Set(n)
	return t
}

func Fill[T any, PT interface {
	*T
	Set(int)
}](xs []T) []T {
	for i := range xs {
		PT(&xs[i]).Set(i + 10)
	}
	return xs
}

func From[T any, PT Setter[T]](v T) PT {
	p := PT(&v)
	p.Set(99)
	return p
}

type Num interface{ ~int | ~int64 }

func Sum[S ~[]E, E Num](s S) (r E) {
	for _, x := range s {
		r += x
	}
	return
}

type MyInts []int

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Ptr[P interface{ *E }, E any](e E) P { return &e }

func main() {
	fmt.Println(Make[V](5))
	fmt.Println(Fill(make([]V, 3)))
	fmt.Println(*From(V{}))
	fmt.Println(Sum(MyInts{1, 2, 3}), Sum([]int64{4}))
	fmt.Println(Keys(map[string]bool{"a": true}))
	fmt.Println(*Ptr(3), *Ptr[*string]("s"))
}
