// errorcheck

// A stray semicolon after the post statement of a for clause.
package main

func main() {
	for i := 0; i < 10; i++; { // ERROR "syntax error: unexpected semicolon, expected { after for clause"
	}
}
