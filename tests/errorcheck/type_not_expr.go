// errorcheck

// Types used where values are expected and values used where types are expected.
package main

type T struct{ n int }

func main() {
	x := int // ERROR "int \(type\) is not an expression"
	_ = T + 1 // ERROR "T \(type\) is not an expression"
	v := 5
	var y v // ERROR "v \(local variable\) is not a type"
	_ = []v{} // ERROR "v \(local variable\) is not a type"
	println(T) // ERROR "T \(type\) is not an expression"
	var z undefinedType // ERROR "undefined: undefinedType"
	_, _, _ = x, y, z
}
