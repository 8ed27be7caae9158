// errorcheck

// Function values assigned and passed with mismatched signatures.
package main

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return x * 2 }

func greet(s string) string { return s }

func noResult(x int) {}

func main() {
	apply(greet, 1) // ERROR "cannot use greet \(value of type func\(s string\) string\) as func\(int\) int value in argument to apply"
	apply(noResult, 2) // ERROR "cannot use noResult \(value of type func\(x int\)\) as func\(int\) int value in argument to apply"
	var f func() = double // ERROR "cannot use double \(value of type func\(x int\) int\) as func\(\) value in variable declaration"
	var h func(int) int = func(x int) string { return "" } // ERROR "cannot use func\(x int\) string \{…\} \(value of type func\(x int\) string\) as func\(int\) int value in variable declaration"
	apply(double, "3") // ERROR "cannot use .3. \(untyped string constant\) as int value in argument to apply"
	_, _ = f, h
}
