// errorcheck

// Composite literals of types that do not allow them, and wrong element types.
package main

func main() {
	_ = []int{1, "two", 3} // ERROR "cannot use .two. \(untyped string constant\) as int value in array or slice literal"
	_ = map[string]int{1: 1} // ERROR "cannot use 1 \(untyped int constant\) as string value in map literal"
	_ = map[string]int{"a"} // ERROR "missing key in map literal"
	_ = [...]int{1, 2}
	var a [...]int // ERROR "invalid use of \[\.\.\.\] array \(outside a composite literal\)"
	_ = a
	_ = []string{1: "a", "b", 1: "c"} // ERROR "duplicate index 1 in array or slice literal"
	_ = [][]int{{1}, {"x"}} // ERROR "cannot use .x. \(untyped string constant\) as int value in array or slice literal"
	_ = int{1} // ERROR "invalid composite literal type int"
	p := &[]int{1}
	_ = p
}
