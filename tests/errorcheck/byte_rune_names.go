// errorcheck

// How byte and rune are spelled in diagnostics.
package main

func main() {
	var b byte = 'a'
	var r rune = 'b'
	var u uint8 = 1
	var i int32 = 2
	_ = b + r // ERROR "invalid operation: b \+ r \(mismatched types byte and rune\)"
	_ = u + i // ERROR "invalid operation: u \+ i \(mismatched types uint8 and int32\)"
	var s string = b // ERROR "cannot use b \(variable of type byte\) as string value in variable declaration"
	var t []byte = []rune("x") // ERROR "cannot use \[\]rune\(.x.\) \(value of type \[\]rune\) as \[\]byte value in variable declaration"
	var x int = r // ERROR "cannot use r \(variable of type rune\) as int value in variable declaration"
	_ = b == "a" // ERROR "invalid operation: b == .a. \(mismatched types byte and untyped string\)"
	_, _, _ = s, t, x
}
