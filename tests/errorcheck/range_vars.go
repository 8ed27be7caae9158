// errorcheck

// Iteration variables of range clauses: at most two, only one over an
// integer or a channel, none received from a send-only channel; a variable
// that gets no type is not reported as unused.
package main

func main() {
	var ch chan<- int
	for v := range ch { // ERROR "cannot range over ch \(variable of type chan<- int\): receive from send-only channel chan<- int"
	}
	for i, j := range 10 { // ERROR "range over 10 \(untyped int constant\) permits only one iteration variable"
		_, _ = i, j
	}
	var rc chan int
	for a, b := range rc { // ERROR "declared and not used: a" "range over rc \(variable of type chan int\) permits only one iteration variable"
	}
	for a, b, c := range []int{} { // ERROR "declared and not used: a" "declared and not used: b" "range clause permits at most two iteration variables"
	}
	var a, c int
	var b rune
	for a, b, c = range "x" { // ERROR "range clause permits at most two iteration variables"
	}
	_, _, _ = a, b, c
}
