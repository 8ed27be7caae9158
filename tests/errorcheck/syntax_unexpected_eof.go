// errorcheck

// A block left open at the end of the file (no final newline: the
// error is reported at EOF, on this last line).
package main

func main() {
	x := 1
	if x > 0 {
		x++
	}
// ERROR "syntax error: unexpected EOF, expected }"