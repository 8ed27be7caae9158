// errorcheck

// A missing closing brace: the next func declaration is parsed as a
// statement, so gc complains about its name.
package main

func main() {
	x := 1
	if x > 0 {
		x++

func g() { // ERROR "syntax error: unexpected name g, expected \("
}
