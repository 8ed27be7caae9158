// errorcheck

// How types are spelled in diagnostics: byte and rune as the program wrote
// them (they are aliases of uint8 and int32), and function types with the
// parameter names of the signature they came from.
package main

func takeByte(b byte) {}

func double(x int) int { return x * 2 }

func greet(s string) string { return s }

func main() {
	var b byte = 'a'
	var r rune = 'b'
	_ = b + r // ERROR "invalid operation: b \+ r \(mismatched types byte and rune\)"
	var s string = b // ERROR "cannot use b \(variable of type byte\) as string value in variable declaration"
	var t []byte = []rune("x") // ERROR "cannot use \[\]rune\(.x.\) \(value of type \[\]rune\) as \[\]byte value in variable declaration"
	var x int = r // ERROR "cannot use r \(variable of type rune\) as int value in variable declaration"
	var q rune = "r" // ERROR "cannot use .r. \(untyped string constant\) as rune value in variable declaration"
	_ = byte(256) // ERROR "constant 256 overflows byte"
	takeByte(300) // ERROR "cannot use 300 \(untyped int constant\) as byte value in argument to takeByte \(overflows\)"
	var m map[[]byte]string // ERROR "invalid map key type \[\]byte"
	g := double // ERROR "declared and not used: g" "too many errors"
	g = greet // ERROR "cannot use greet \(value of type func\(s string\) string\) as func\(x int\) int value in assignment"
	_, _, _, _, _ = s, t, x, q, m
}
