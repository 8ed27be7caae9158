// errorcheck

// Assignments to values that are not addressable.
package main

type Point struct{ X, Y int }

func origin() Point { return Point{} }

const limit = 10

func main() {
	m := map[string]Point{"a": {1, 2}}
	m["a"].X = 5 // ERROR "cannot assign to struct field m\[.a.\]\.X in map"
	origin().Y = 3 // ERROR "cannot assign to origin\(\)\.Y \(neither addressable nor a map index expression\)"
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	limit = 20 // ERROR "cannot assign to limit \(neither addressable nor a map index expression\)"
	len(s) = 3 // ERROR "cannot assign to len\(s\) \(neither addressable nor a map index expression\)"
	_ = &origin() // ERROR "invalid operation: cannot take address of origin\(\) \(value of struct type Point\)"
	_ = &limit // ERROR "invalid operation: cannot take address of limit \(untyped int constant 10\)"
	f := func() int { return 1 }
	f() = 2 // ERROR "cannot assign to f\(\) \(neither addressable nor a map index expression\)"
}
