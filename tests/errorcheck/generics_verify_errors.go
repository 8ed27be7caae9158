// errorcheck

// Type arguments that do not satisfy their constraints, explicit or
// inferred: gc reports each at the failing explicit type argument, else at
// the call, and checks methods before type terms.
package main

type Setter[T any] interface {
	*T
	Set(int)
}

type V struct{ n int }

func (v *V) Set(n int) { v.n = n }

type W struct{}

func Make[T any, PT Setter[T]](n int) T {
	var t T
	PT(&t).Set(n)
	return t
}

func G[P interface{ *E }, E any](p P) {}

type Pair[K comparable, V any] struct{}

func main() {
	_ = Make[W](5)                 // ERROR "\*W does not satisfy Setter\[W\] \(missing method Set\)"
	G[*int, string](nil)           // ERROR "\*int does not satisfy interface{\*string} \(\*int missing in \*string\)"
	_ = Make[V, *W]                // ERROR "\*W does not satisfy Setter\[V\] \(missing method Set\)"
	_ = Pair[int, []int]{}
	_ = Pair[[]int, int]{}         // ERROR "\[\]int does not satisfy comparable"
}
