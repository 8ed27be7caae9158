// errorcheck

// A function literal in a message: its body is abbreviated to {…} unless
// it is empty.
package main

func main() {
	var f func(int)
	f = func(s string) { println(s) } // ERROR "cannot use func\(s string\) {…} \(value of type func\(s string\)\) as func\(int\) value in assignment"
	f = func(s string) {              // ERROR "cannot use func\(s string\) {} \(value of type func\(s string\)\) as func\(int\) value in assignment"
	}
	f = func(s string) { return }          // ERROR "cannot use func\(s string\) {…} \(value of type func\(s string\)\) as func\(int\) value in assignment"
	var g func() = func() int { return 1 } // ERROR "cannot use func\(\) int {…} \(value of type func\(\) int\) as func\(\) value in variable declaration"
	_, _ = f, g
}
