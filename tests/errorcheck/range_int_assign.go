// errorcheck

// `k = range n` over an integer assigns the range operand itself to k
// (types2's "range clause" context): an untyped constant must fit k's type,
// which must then be an integer type; ranging over a slice assigns the
// index (an "assignment").
package main

func main() {
	var s string
	for s = range 10 { // ERROR "cannot use 10 \(untyped int constant\) as string value in range clause"
	}
	var f float64
	for f = range 3 { // ERROR "cannot use iteration variable of type float64"
	}
	var b byte
	for b = range 300 { // ERROR "cannot use 300 \(untyped int constant\) as byte value in range clause \(overflows\)"
	}
	n := 5
	for s = range n { // ERROR "cannot use n \(variable of type int\) as string value in range clause"
	}
	for s = range []int{1} { // ERROR "cannot use s \(value of type int\) as string value in assignment"
	}
	var x int8
	const c = 1000
	for x = range c { // ERROR "cannot use c \(untyped int constant 1000\) as int8 value in range clause \(overflows\)"
	}
	for b = range 200 {
	}
	var u uint
	for u = range n { // ERROR "cannot use n \(variable of type int\) as uint value in range clause"
	}
	_, _, _, _, _ = s, f, b, x, u
}
