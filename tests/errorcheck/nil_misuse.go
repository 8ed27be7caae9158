// errorcheck

// The untyped nil where no type can hold it.
package main

func main() {
	var a = nil // ERROR "use of untyped nil in variable declaration"
	b := nil // ERROR "use of untyped nil in assignment"
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	var s string = nil // ERROR "cannot use nil as string value in variable declaration"
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	var p *int
	_ = p == nil
	_, _, _, _ = a, b, n, s
}
