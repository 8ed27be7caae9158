// errorcheck

// Binary and unary operators applied to operands of the wrong types.
package main

func main() {
	x := 1
	s := "s"
	b := true
	_ = x + s  // ERROR "invalid operation: x \+ s \(mismatched types int and string\)"
	_ = s - s  // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = b + b  // ERROR "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	_ = x && b // ERROR "invalid operation: x && b \(mismatched types int and bool\)"
	_ = !x     // ERROR "invalid operation: operator ! not defined on x \(variable of type int\)"
	_ = -s     // ERROR "invalid operation: operator - not defined on s \(variable of type string\)"
	_ = x == s // ERROR "invalid operation: x == s \(mismatched types int and string\)"
	_ = s < b  // ERROR "invalid operation: s < b \(mismatched types string and bool\)"
}
