// errorcheck

// Calls to variadic functions, and ... on non-variadic ones.
package main

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func pair(a, b int) int { return a + b }

func prefix(p string, xs ...int) {}

func main() {
	nums := []int{1, 2}
	sum(nums) // ERROR "cannot use nums \(variable of type \[\]int\) as int value in argument to sum"
	sum(1, nums...) // ERROR "too many arguments in call to sum"
	pair(nums...) // ERROR "cannot use \.\.\. in call to non-variadic pair"
	prefix() // ERROR "not enough arguments in call to prefix"
	prefix("a", "b") // ERROR "cannot use .b. \(untyped string constant\) as int value in argument to prefix"
	strs := []string{"x"}
	sum(strs...) // ERROR "cannot use strs \(variable of type \[\]string\) as \[\]int value in argument to sum"
	sum(nums...)
}
