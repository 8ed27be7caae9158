// errorcheck

// Generic aliases used without type arguments or with too many.
package main

type Pair[T any] = struct{ A, B T }

var p Pair           // ERROR "cannot use generic type Pair\[T any\] without instantiation"
var m Pair[int, int] // ERROR "too many type arguments for type Pair: have 2, want 1"

func main() {}
