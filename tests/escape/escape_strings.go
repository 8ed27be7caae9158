// errorcheck -0 -m -l

package main

var sink any
var gs string

func concat3(a, b, c string) string { // ERROR "a does not escape$" "b does not escape$" "c does not escape$"
	return a + b + c // ERROR "a \+ b \+ c escapes to heap$"
}

func concatLocalLen(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	return len(s)
}

func concatGlobal(a string) { // ERROR "a does not escape$"
	gs = a + "!" // ERROR "a \+ \"!\" escapes to heap$"
}

func concatLoop(xs []string) string { // ERROR "leaking param: xs to result ~r0 level=1$"
	s := ""
	for _, x := range xs {
		s += x
	}
	return s
}

func bytesToString(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func bytesToStringCompare(b []byte) bool { // ERROR "b does not escape$"
	return string(b) == "abc" // ERROR "string\(b\) does not escape$"
}

func bytesToStringSwitch(b []byte) int { // ERROR "b does not escape$"
	switch string(b) { // ERROR "string\(b\) does not escape$"
	case "a":
		return 1
	}
	return 0
}

func stringToBytes(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func stringToBytesLocal(s string) byte { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return b[0]
}

func stringToBytesRange(s string) int { // ERROR "s does not escape$"
	t := 0
	for _, c := range []byte(s) { // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
		t += int(c)
	}
	return t
}

func runesLocal(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func runesToString(r []rune) string { // ERROR "r does not escape$"
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func intToString(i int) string {
	return string(rune(i)) // ERROR "string\(rune\(i\)\) escapes to heap$"
}

func substring(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func stringIndex(s string) byte { // ERROR "s does not escape$"
	return s[0]
}

func stringToAny(s string) { // ERROR "leaking param: s$"
	sink = s // ERROR "s escapes to heap$"
}

func constString() {
	sink = "const" // ERROR "\"const\" escapes to heap$"
}

func stringPtr(s string) *string { // ERROR "moved to heap: s$"
	return &s
}

func concatBytes(b []byte, s string) string { // ERROR "b does not escape$" "s does not escape$"
	return string(b) + s // ERROR "string\(b\) \+ s escapes to heap$" "string\(b\) does not escape$"
}

func main() {
	concat3("a", "b", "c")
	concatLocalLen("a", "b")
	concatGlobal("x")
	concatLoop(nil)
	bytesToString(nil)
	bytesToStringCompare(nil)
	bytesToStringSwitch(nil)
	stringToBytes("x")
	stringToBytesLocal("x")
	stringToBytesRange("x")
	runesLocal("x")
	runesToString(nil)
	intToString(65)
	substring("xy")
	stringIndex("x")
	stringToAny("x")
	constString()
	stringPtr("x")
	concatBytes(nil, "s")
}
