// errorcheck

// Builtin calls with the wrong number of arguments.
package main

func main() {
	s := []int{1, 2}
	_ = len() // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = len(s, s) // ERROR "invalid operation: too many arguments for len\(s, s\) \(expected 1, found 2\)"
	_ = make([]int) // ERROR "invalid operation: make\(\[\]int\) expects 2 or 3 arguments; found 1"
	_ = make([]int, 1, 2, 3) // ERROR "invalid operation: make\(\[\]int, 1, 2, 3\) expects 2 or 3 arguments; found 4"
	_ = new(int, int) // ERROR "invalid operation: too many arguments for new\(int, int\) \(expected 1, found 2\)"
	_ = append() // ERROR "invalid operation: not enough arguments for append\(\) \(expected 1, found 0\)"
	copy(s) // ERROR "invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)"
	delete(map[int]int{}) // ERROR "invalid operation: not enough arguments for delete\(map\[int\]int\{\}\) \(expected 2, found 1\)"
	panic() // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
}
