// errorcheck

// Duplicate keys and fields in composite literals.
package main

type Point struct{ X, Y int }

func main() {
	_ = map[string]int{"a": 1, "b": 2, "a": 3} // ERROR "duplicate key .a. in map literal"
	_ = Point{X: 1, X: 2} // ERROR "duplicate field name X in struct literal"
	_ = []int{0: 1, 1: 2, 0: 3} // ERROR "duplicate index 0 in array or slice literal"
	_ = [3]int{1, 2, 3, 4} // ERROR "index 3 is out of bounds \(>= 3\)"
	_ = [2]string{5: "x"} // ERROR "invalid argument: index 5 out of bounds \[0:2\]"
	_ = map[int]bool{1: true, 2: false, 1: true} // ERROR "duplicate key 1 in map literal"
}
