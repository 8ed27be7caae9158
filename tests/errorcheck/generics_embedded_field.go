// errorcheck

// Invalid embedded fields: type parameters, unsafe.Pointer, and instances
// with the wrong number of type arguments.
package main

import "unsafe"

type S[T any] struct{ T } // ERROR "embedded field type cannot be a \(pointer to a\) type parameter"

type P[T any] struct{ *T } // ERROR "embedded field type cannot be a \(pointer to a\) type parameter"

type U struct{ unsafe.Pointer } // ERROR "embedded field type cannot be unsafe.Pointer"

type Box[T any] struct{ V T }

type Q struct {
	Box[int, string] // ERROR "too many type arguments for type Box: have 2, want 1"
}

func main() {}
