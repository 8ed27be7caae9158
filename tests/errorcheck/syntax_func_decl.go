// errorcheck

// Function declarations need a name and a parenthesised parameter list.
package main

func (x int) { // ERROR "syntax error: unexpected \{, expected name"
}

func main() {
}
