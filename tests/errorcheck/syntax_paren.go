// errorcheck

// Unbalanced parentheses in expressions.
package main

func main() {
	x := (1 + 2 // ERROR "syntax error: unexpected newline, expected \)"
	y := 3)     // ERROR "syntax error: unexpected name y at end of statement"
}
