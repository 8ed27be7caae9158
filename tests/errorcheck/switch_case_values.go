// errorcheck

// Case values convert to the switch tag's type first (types2's
// caseValues), so an untyped constant that does not fit is a conversion
// error, not a mismatch; a missing tag is the constant true.
package main

type E int

const K E = 2

type T struct{ a []int }

func main() {
	x := 3
	var f float64 = 2
	switch x {
	case "a": // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
	case 1.5: // ERROR "1.5 \(untyped float constant\) truncated to int"
	case 2.0:
	case f: // ERROR "invalid case f in switch on x \(mismatched types float64 and int\)"
	case K: // ERROR "invalid case K in switch on x \(mismatched types E and int\)"
	case nil: // ERROR "cannot convert nil to type int"
	}
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	case x: // ERROR "invalid case x in switch on true \(mismatched types int and bool\)"
	case x > 1, "s": // ERROR "cannot convert \"s\" \(untyped string constant\) to type bool"
	}
	var t T
	switch t { // ERROR "cannot switch on t \(variable of struct type T\) \(T is not comparable\)"
	case T{}:
	}
}
