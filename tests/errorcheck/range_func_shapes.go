// errorcheck

// Range-over-func: functions whose shape is not func(yield func(...) bool),
// and range clauses with more variables than the yield function has
// parameters.
package main

type MyBool bool

func f0(yield func() bool)                {}
func f1(yield func(int) bool)             {}
func f2(yield func(int, string) bool)     {}
func bad1(yield func(int) bool) int       { return 0 }
func bad2(a, b func(int) bool)            {}
func bad3(x int)                          {}
func bad4(yield func(int, int, int) bool) {}
func bad5(yield func(int))                {}
func bad6(yield func(int) MyBool)         {}

func main() {
	for x := range f0 { // ERROR "range over f0 \(value of type func\(.*func\(\) bool\)\) permits no iteration variables"
		_ = x
	}
	for x, y := range f1 { // ERROR "range over f1 \(value of type func\(.*func\(int\) bool\)\) permits only one iteration variable"
		_, _ = x, y
	}
	for x, y, z := range f2 { // ERROR "range clause permits at most two iteration variables"
		_, _ = x, y
	}
	for range bad1 { // ERROR "cannot range over bad1 \(value of type func\(.*\) int\): func must be func\(yield func\(...\) bool\): unexpected results"
	}
	for range bad2 { // ERROR "cannot range over bad2 \(value of type func\(.*\)\): func must be func\(yield func\(...\) bool\): wrong argument count"
	}
	for range bad3 { // ERROR "cannot range over bad3 \(value of type func\(.*int\)\): func must be func\(yield func\(...\) bool\): argument is not func"
	}
	for range bad4 { // ERROR "cannot range over bad4 \(value of type .*\): func must be func\(yield func\(...\) bool\): yield func has too many parameters"
	}
	for range bad5 { // ERROR "cannot range over bad5 \(value of type .*\): func must be func\(yield func\(...\) bool\): yield func does not return bool"
	}
	for range bad6 { // ERROR "cannot range over bad6 \(value of type .*\): func must be func\(yield func\(...\) bool\): yield func returns user-defined boolean, not bool"
	}
}
