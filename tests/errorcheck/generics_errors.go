// errorcheck

// Common mistakes with generic functions and types.
package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Pair[K comparable, V any](k K, v V) {}

func Zero[T any]() T {
	var z T
	return z
}

func Eq[T comparable](a, b T) bool { return a == b }

type Box[T any] struct{ v T }

func main() {
	_ = Sum([]string{"a"}) // ERROR "string does not satisfy Number"
	f := Sum               // ERROR "cannot use generic function Sum without instantiation"
	_ = f
	_ = Zero() // ERROR "cannot infer T"
	Pair[int, string, bool](1, "a", true) // ERROR "got 3 type arguments but want 2"
	_ = Eq([]int{}, nil) // ERROR "\[\]int does not satisfy comparable"
	var b Box[int, int] // ERROR "too many type arguments for type Box: have 2, want 1"
	_ = b
}
