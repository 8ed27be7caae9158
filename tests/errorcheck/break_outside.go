// errorcheck

// break, continue and fallthrough outside the statements they belong to.
package main

func f(x int) {
	if x > 0 {
		break // ERROR "break is not in a loop, switch, or select"
	}
	switch x {
	case 1:
		continue // ERROR "continue is not in a loop"
	case 2:
		fallthrough
	case 3:
	}
	func() {
		for {
			break
		}
		continue // ERROR "continue is not in a loop"
	}()
}

func main() {
	f(1)
}
