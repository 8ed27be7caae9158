// errorcheck -0 -m -l

// Generic types in -m lines: an instance is named with its type arguments'
// link strings (Box[main.P]); in a shape instance, type parameters are
// their shapes inside composite types too.

package main

type Box[T any] struct{ v T }
type P struct{}

func sink(a ...any) {} // ERROR "a does not escape$"

func A[T comparable]() map[T]struct{} { return map[T]struct{}{} } // ERROR "map\[go\.shape\.string\]struct \{\}\{\} escapes to heap$"
func D[T any]() []struct{ v T }       { return []struct{ v T }{{}} } // ERROR "\[\]struct \{ v go\.shape\.int \}\{\.\.\.\} escapes to heap$"
func E[T any](n int) []*T             { return make([]*T, n) } // ERROR "make\(\[\]\*go\.shape\.struct \{\}, n\) escapes to heap$"

func main() {
	sink(Box[P]{}, Box[Box[int]]{}, &Box[string]{}) // ERROR "Box\[main\.Box\[int\]\]\{\} does not escape$" "\&Box\[string\]\{\} does not escape$" "Box\[main\.P\]\{\} does not escape$" "\.\.\. argument does not escape$"
	println(len(A[string]()), len(D[int]()), len(E[P](2)))
}
