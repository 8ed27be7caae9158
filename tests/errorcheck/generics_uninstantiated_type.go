// errorcheck

// Generic types used without type arguments, at package level and in a
// function body.
package main

type Pair[K comparable, V any] struct{}

type Two[A, B any] struct{}

var p Pair // ERROR "cannot use generic type Pair\[K comparable, V any\] without instantiation"
var t Two  // ERROR "cannot use generic type Two\[A, B any\] without instantiation"

func main() {
	type box[T any] struct{ v T }
	var b box            // ERROR "cannot use generic type box\[T any\] without instantiation"
	type c[T any] box[T, int] // ERROR "too many type arguments for type box: have 2, want 1"
	_ = b
}
