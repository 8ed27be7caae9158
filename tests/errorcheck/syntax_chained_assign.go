// errorcheck

// Assignments are statements, not expressions.
package main

func main() {
	a := 0
	b := 0
	if a = 1 { // ERROR "syntax error: cannot use assignment a = 1 as value"
	}
	_ = b
}
