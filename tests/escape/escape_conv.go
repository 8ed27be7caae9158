// errorcheck -0 -m -l

package main

var sink any

func strToBytes(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return len(b)
}

func strToBytesMut(s string) []byte { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
	b[0] = 'x'
	return b
}

func bytesToStr(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func bytesToStrLocal(b []byte) int { // ERROR "b does not escape$"
	s := string(b) // ERROR "string\(b\) does not escape$"
	return len(s)
}

func runeToStr(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func strToRunes(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func concat(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + b // ERROR "a \+ b escapes to heap$"
}

func concatLocal(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b + "!" // ERROR "a \+ b \+ \"!\" does not escape$"
	return len(s)
}

func concatSink(a string) { // ERROR "a does not escape$"
	sink = a + "x" // ERROR "a \+ \"x\" escapes to heap$"
}

func concatAssign(a string) string { // ERROR "leaking param: a to result ~r0 level=0$"
	s := "x"
	s += a
	return s
}

func main() {}
