// errorcheck

// Indexing and slicing with constant indices out of range or of the wrong type.
package main

func main() {
	a := [3]int{1, 2, 3}
	_ = a[3] // ERROR "invalid argument: index 3 out of bounds \[0:3\]"
	_ = a[-1] // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	s := []int{1}
	_ = s[1.5] // ERROR "1\.5 \(untyped float constant\) truncated to int"
	_ = s["x"] // ERROR "cannot convert .x. \(untyped string constant\) to type int"
	str := "abc"
	_ = str[5]
	_ = "abc"[10] // ERROR "invalid argument: index 10 out of bounds \[0:3\]"
	_ = a[2:1] // ERROR "invalid slice indices: 1 < 2"
	_ = str[1:2:3] // ERROR "invalid operation: 3-index slice of string"
	n := 4
	_ = n[0] // ERROR "cannot index n \(variable of type int\)"
	_ = a[:5] // ERROR "invalid argument: index 5 out of bounds \[0:4\]"
}
