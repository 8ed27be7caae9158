// errorcheck

// A switch body holds only case and default clauses.
package main

func main() {
	x := 1
	switch x {
	println(x) // ERROR "syntax error: unexpected name println, expected case or default or \}"
	case 1: // ERROR "syntax error: unexpected keyword case, expected :"
	}
}
