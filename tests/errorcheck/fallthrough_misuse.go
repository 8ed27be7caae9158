// errorcheck

// fallthrough must be the last statement of a non-final expression-switch case.
package main

func main() {
	x := 2
	switch x {
	case 1:
		fallthrough
	case 2:
		if x > 1 {
			fallthrough // ERROR "fallthrough statement out of place"
		}
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
	var v any = x
	switch v.(type) {
	case int:
		fallthrough // ERROR "cannot fallthrough in type switch"
	case string:
	}
	switch {
	case x > 0:
		fallthrough // ERROR "fallthrough statement out of place"
		println("after")
	case x < 0:
	}
}
