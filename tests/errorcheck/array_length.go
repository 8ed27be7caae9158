// errorcheck

// Array lengths must be non-negative integer constants.
package main

const n = 4

func main() {
	m := 3 // ERROR "declared and not used: m"
	var a [m]int // ERROR "invalid array length m"
	var b [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	var c [1.5]int // ERROR "array length 1\.5 \(untyped float constant\) must be integer"
	var d [n]int
	var e ["x"]int // ERROR "array length .x. \(untyped string constant\) must be integer"
	var f [1 << 70]byte // ERROR "invalid array length 1 << 70 \(untyped int constant 1180591620717411303424\)"
	_, _, _, _, _, _ = a, b, c, d, e, f
}
