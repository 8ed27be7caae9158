// errorcheck

// Wrong argument counts for built-ins are reported at the start of the call;
// append with a spread argument is checked as a call of func(S, ...E), and
// make's count depends on the type made.
package main

func main() {
	s := []int{1}
	_ = len()       // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = cap(s, s)   // ERROR "invalid operation: too many arguments for cap\(s, s\) \(expected 1, found 2\)"
	copy(s)         // ERROR "invalid operation: not enough arguments for copy\(s\) \(expected 2, found 1\)"
	_ = append(s...) // ERROR "(?s)not enough arguments in call to append\n\thave \(\[\]int\.\.\.\)\n\twant \(\[\]int, \.\.\.int\)"
	_ = append(s, 1, s...) // ERROR "(?s)too many arguments in call to append\n\thave \(\[\]int, number, \[\]int\.\.\.\)\n\twant \(\[\]int, \.\.\.int\)"
	_ = append(s, "x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to append"
	_ = make(map[int]int, 1, 2) // ERROR "invalid operation: make\(map\[int\]int, 1, 2\) expects 1 or 2 arguments; found 3"
	delete(map[int]int{}, "k") // ERROR "cannot use \"k\" \(untyped string constant\) as int value in argument to delete"
}

func f(a int, b ...int) {}

func g() {
	s := []int{1}
	f(1, s, s...) // ERROR "(?s)too many arguments in call to f\n\thave \(number, \[\]int, \[\]int\.\.\.\)\n\twant \(int, \.\.\.int\)"
}
