// errorcheck

// break and continue outside loops, and bad labels.
package main

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	if true {
		continue // ERROR "continue is not in a loop"
	}
	for {
		break L // ERROR "break label not defined: L"
	}
L: // ERROR "label L defined and not used"
	for i := 0; i < 3; i++ {
	}
M:
	x := 1
	_ = x
	for {
		continue M // ERROR "invalid continue label M"
	}
}
