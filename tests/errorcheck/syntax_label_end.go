// errorcheck

// A label must be followed by a statement.
package main

func main() {
	for {
		break
	}
L: // ERROR "label L defined and not used"
}
