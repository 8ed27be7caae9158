// errorcheck

// Dereferencing non-pointers and taking addresses of non-addressable values.
package main

func value() int { return 1 }

func main() {
	x := 1
	_ = *x // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	_ = &value() // ERROR "invalid operation: cannot take address of value\(\) \(value of type int\)"
	_ = &1 // ERROR "invalid operation: cannot take address of 1 \(untyped int constant\)"
	_ = &"s" // ERROR "invalid operation: cannot take address of .s. \(untyped string constant\)"
	p := &x
	_ = **p // ERROR "invalid operation: cannot indirect \*p \(variable of type int\)"
	var q *int = nil
	_ = q
	_ = *nil // ERROR "invalid operation: cannot indirect nil"
}
