// errorcheck

// Calls with the wrong number or types of arguments.
package main

func f(a int, b string) int {
	return a
}

func two() (int, int) {
	return 1, 2
}

func main() {
	f(1)              // ERROR "not enough arguments in call to f"
	f(1, "a", true)   // ERROR "too many arguments in call to f"
	f("a", 1)         // ERROR "cannot use .a. \(untyped string constant\) as int value in argument to f" "cannot use 1 \(untyped int constant\) as string value in argument to f"
	f(two())          // ERROR "cannot use two\(\) \(value of type int\) as string value in argument to f"
	var x int = two() // ERROR "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	_ = x
	notAFunc := 3
	notAFunc() // ERROR "invalid operation: cannot call notAFunc \(variable of type int\): int is not a function"
}
