// errorcheck

// Strings are immutable and only some operators apply to them.
package main

func main() {
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	_ = s * 2 // ERROR "invalid operation: s \* 2 \(mismatched types string and untyped int\)"
	_ = s + 'x' // ERROR "invalid operation: s \+ 'x' \(mismatched types string and untyped rune\)"
	_ = s + 1 // ERROR "invalid operation: s \+ 1 \(mismatched types string and untyped int\)"
	_ = cap(s) // ERROR "invalid argument: s \(variable of type string\) for built-in cap"
	_ = append(s, "x") // ERROR "invalid append: argument must be a slice; have s \(variable of type string\)"
}
