// errorcheck

// Assignments whose two sides have different numbers of values.
package main

func pair() (int, string) { return 1, "a" }

func one() int { return 1 }

func none() {}

func main() {
	a, b := 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	c, d := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var e, f, g = pair() // ERROR "assignment mismatch: 3 variables but pair returns 2 values"
	h := pair() // ERROR "assignment mismatch: 1 variable but pair returns 2 values"
	var i int = none() // ERROR "none\(\) \(no value\) used as value"
	j, k := 1, 2, 3 // ERROR "assignment mismatch: 2 variables but 3 values"
	_, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i, j
	_ = k
}
