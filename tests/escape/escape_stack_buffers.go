// errorcheck -0 -m -l

// Appends, conversions and concatenations that gc backs by a buffer in the
// frame: -m reports them as it reports any allocation site ("append does
// not escape" for a frame buffer, "escapes to heap" even when gc's slice
// pass later grows the slice in the frame and moves it to the heap once).

package main

var (
	gs   []int
	gstr string
	gb   []byte
)

func local(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append does not escape$"
	}
	return len(s)
}

func returned(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append escapes to heap$"
	}
	return s
}

func returnedCap(n int) ([]int, int) {
	var s []int
	c := 0
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append escapes to heap$"
		c += cap(s)
	}
	return s, c
}

func stored(n int) {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append escapes to heap$"
	}
	gs = s
}

func twice(a, b int) []int {
	var s []int
	s = append(s, a) // ERROR "append escapes to heap$"
	s = append(s, b) // ERROR "append escapes to heap$"
	return s
}

func ranged(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append does not escape$"
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func conv(s string, b []byte, r []rune) int { // ERROR "s does not escape$" "b does not escape$" "r does not escape$"
	x := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$"
	x[0] = 1
	y := string(b) // ERROR "string\(b\) does not escape$"
	z := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	w := string(r) // ERROR "string\(r\) does not escape$"
	v := string(rune(len(s))) // ERROR "string\(rune\(len\(s\)\)\) does not escape$"
	return len(x) + len(y) + len(z) + len(w) + len(v)
}

func convRead(s string) int { // ERROR "s does not escape$"
	x := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return len(x)
}

func convEscapes(s string, b []byte) { // ERROR "s does not escape$" "b does not escape$"
	gb = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
	gstr = string(b) // ERROR "string\(b\) escapes to heap$"
}

func concat(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	t := a + "-" + b // ERROR "a \+ \"-\" \+ b does not escape$"
	return len(s) + len(t)
}

func concatEscapes(a, b string) { // ERROR "a does not escape$" "b does not escape$"
	gstr = a + b // ERROR "a \+ b escapes to heap$"
}

func constBytes() int {
	b := []byte("hello") // ERROR "\(\[\]byte\)\(\"hello\"\) does not escape$"
	b[0] = 'j'
	return len(b)
}
func main() {}

