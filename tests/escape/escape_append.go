// errorcheck -0 -m -l

package main

var sink any

func appendLocal() int {
	var s []int
	s = append(s, 1, 2) // ERROR "append does not escape$"
	return len(s)
}

func appendReturn(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, 1) // ERROR "append escapes to heap$"
}

func appendPtr(s []*int) []*int { // ERROR "leaking param content: s$" "leaking param: s to result ~r0 level=0$"
	x := 1 // ERROR "moved to heap: x$"
	return append(s, &x) // ERROR "append escapes to heap$"
}

func appendSpread(a, b []int) []int { // ERROR "leaking param: a to result ~r0 level=0$" "b does not escape$"
	return append(a, b...) // ERROR "append escapes to heap$"
}

func appendSink() {
	var s []int
	s = append(s, 1) // ERROR "append escapes to heap$"
	sink = s // ERROR "s escapes to heap$"
}

func copySlices(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func main() {}
