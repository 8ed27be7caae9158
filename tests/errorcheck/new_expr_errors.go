// errorcheck

// Go 1.26 new(expr): the argument is a type or a single value; an untyped
// constant takes its default type and must fit it.
package main

import "fmt" // ERROR "\"fmt\" imported and not used"

func two() (int, int) { return 1, 2 }
func none()           {}

type T struct{}

func main() {
	a := new(nil)     // ERROR "use of untyped nil in argument to new"
	b := new(1 << 70) // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in argument to new \(overflows\)"
	c := new(two())   // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	d := new(none())  // ERROR "none\(\) \(no value\) used as value or type"
	e := new(len)     // ERROR "len \(built-in\) must be called"
	f := new(fmt)     // ERROR "use of package fmt not in selector"
	g := new(T{}, 1)  // ERROR "too many arguments for new\(T{}, 1\) \(expected 1, found 2\)"
	h := new()        // ERROR "not enough arguments for new\(\) \(expected 1, found 0\)"
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
}
