// errorcheck

// A multi-valued call as the single value of a var declaration is a
// single-value context; with := or = it is an assignment mismatch.
package main

func two() (int, int) { return 1, 2 }

func three() (int, string, bool) { return 1, "", true }

var p = two()     // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
var pt int = two() // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
var pa, pb = two()
var pc, pd = three() // ERROR "assignment mismatch: 2 variables but three returns 3 values"

func main() {
	var y = three() // ERROR "multiple-value three\(\) \(value of type \(int, string, bool\)\) in single-value context"
	var yt string = (two()) // ERROR "multiple-value \(two\(\)\) \(value of type \(int, int\)\) in single-value context"
	w := two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var q int
	q = two() // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	var a, b, c = two() // ERROR "assignment mismatch: 3 variables but two returns 2 values"
	_, _, _, _, _, _, _, _ = y, yt, w, q, a, b, c, p
	_, _, _, _, _ = pt, pa, pb, pc, pd
}
