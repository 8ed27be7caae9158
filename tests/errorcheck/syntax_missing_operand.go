// errorcheck

// A binary operator with its right operand missing.
package main

func main() {
	x := 1 +
	} // ERROR "syntax error: unexpected \}, expected expression"
} // ERROR "syntax error: non-declaration statement outside function body"
