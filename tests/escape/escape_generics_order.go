// errorcheck -0 -m -l

package main

// Where gc reports the instances nothing calls: its reader keeps a stack
// of bodies to read, pushes every method of a generic type's instance when
// the instance is first met, and appends an instance to the package's
// functions when it pops and reads its body. Escape analysis visits them
// in that order, after the package's own functions. A `new` of a type made
// from a type parameter takes its type from the dictionary and prints as
// `new(<node DYNAMICTYPE>)`.

type S[T any] struct{ v T }

func (s *S[T]) Zed() *S[T]   { return &S[T]{} } // ERROR "\&S\[go\.shape\.string\]\{\} escapes to heap$" "\&S\[go\.shape\.\*uint8\]\{\} escapes to heap$" "\&S\[go\.shape\.bool\]\{\} escapes to heap$" "\&S\[go\.shape\.int\]\{\} escapes to heap$"
func (s *S[T]) Alpha() *S[T] { return &S[T]{} } // ERROR "\&S\[go\.shape\.string\]\{\} escapes to heap$" "\&S\[go\.shape\.\*uint8\]\{\} escapes to heap$" "\&S\[go\.shape\.bool\]\{\} escapes to heap$" "\&S\[go\.shape\.int\]\{\} escapes to heap$"
func (s S[T]) Mid() *S[T]    { return &s } // ERROR "moved to heap: s$"
func (s *S[T]) beta() *S[T]  { return &S[T]{} } // ERROR "\&S\[go\.shape\.string\]\{\} escapes to heap$" "\&S\[go\.shape\.\*uint8\]\{\} escapes to heap$" "\&S\[go\.shape\.bool\]\{\} escapes to heap$" "\&S\[go\.shape\.int\]\{\} escapes to heap$"

var sink any

func F[T any]() *T { return new(T) } // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"

func A[T any]() {
	sink = new(T) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
	sink = new([]T) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
	sink = new(S[T]) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
	sink = make(map[string]T) // ERROR "make\(map\[string\]go\.shape\.\*uint8\) escapes to heap$" "make\(map\[string\]go\.shape\.int\) escapes to heap$"
	sink = []T{} // ERROR "\[\]go\.shape\.\*uint8\{\} escapes to heap$" "\[\]go\.shape\.int\{\} escapes to heap$"
	sink = map[int]T{} // ERROR "map\[int\]go\.shape\.\*uint8\{\} escapes to heap$" "map\[int\]go\.shape\.int\{\} escapes to heap$"
	sink = &S[T]{} // ERROR "\&S\[go\.shape\.\*uint8\]\{\} escapes to heap$" "\&S\[go\.shape\.int\]\{\} escapes to heap$"
	sink = make(chan T)
	sink = func() T { var z T; return z } // ERROR "func literal escapes to heap$"
	var x T
	sink = x // ERROR "x escapes to heap$"
	sink = []S[T]{} // ERROR "\[\]S\[go\.shape\.\*uint8\]\{\} escapes to heap$" "\[\]S\[go\.shape\.int\]\{\} escapes to heap$"
}

func B[T comparable](x T) {
	sink = new(T) // ERROR "new\(<node DYNAMICTYPE>\) escapes to heap$"
	sink = x // ERROR "x escapes to heap$"
	sink = map[T]int{} // ERROR "map\[go\.shape\.string\]int\{\} escapes to heap$" "map\[go\.shape\.int\]int\{\} escapes to heap$"
}

func helper() {
	var h S[bool]
	sink = h.Alpha()
}

func main() {
	var s S[int]
	sink = s.Zed()
	var t S[string]
	_ = t
	sink = F[string]()
	A[int]()
	A[*int]()
	B(1)
	B("s")
	helper()
}
