// errorcheck

// Duplicate constant cases in expression switches.
package main

const two = 2

func main() {
	x := 2
	switch x {
	case 1, 2:
	case two: // ERROR "duplicate case two \(constant 2 of type int\) in expression switch"
	case 1 + 2, 3: // ERROR "duplicate case 3 \(constant of type int\) in expression switch"
	}
	s := "a"
	switch s {
	case "a":
	case "b", "a": // ERROR "duplicate case .a. \(constant of type string\) in expression switch"
	}
	switch {
	case x > 1:
	default:
	default: // ERROR "multiple defaults \(first at .*duplicate_cases\.go:22:2\)"
	}
}
