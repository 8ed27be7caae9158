// errorcheck -0 -m -l

package main

var sink any

func sliceLit() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[0]
}

func sliceLitEscapes() []int {
	return []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func makeConst() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	return len(s)
}

func makeVar(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	return len(s)
}

func makeVarEscapes(n int) []int {
	return make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
}

func makeCap() int {
	s := make([]int, 0, 8) // ERROR "make\(\[\]int, 0, 8\) does not escape$"
	return cap(s)
}

func makeStaticVar() int {
	m := 16
	s := make([]byte, m) // ERROR "make\(\[\]byte, 16\) does not escape$"
	return len(s)
}

func sliceOfPointers() int {
	a, b := 1, 2
	s := []*int{&a, &b} // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	return *s[0]
}

func sliceOfPointersEscapes() []*int {
	a := 1 // ERROR "moved to heap: a$"
	return []*int{&a} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap$"
}

func arrayValue() int {
	a := [4]int{1, 2, 3, 4}
	return a[1]
}

func sliceArray() []int {
	var a [4]int // ERROR "moved to heap: a$"
	return a[:]
}

func sliceArrayLocal() int {
	var a [4]int
	s := a[1:]
	return s[0]
}

func mapLit() int {
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	return m["a"]
}

func mapMake() map[int]int {
	return make(map[int]int) // ERROR "make\(map\[int\]int\) escapes to heap$"
}

func mapValuesEscape(p *int) { // ERROR "leaking param: p$"
	m := make(map[int]*int) // ERROR "make\(map\[int\]\*int\) does not escape$"
	m[0] = p
}

func sliceSink() {
	s := []string{"a"} // ERROR "\[\]string\{\.\.\.\} escapes to heap$"
	sink = s // ERROR "s escapes to heap$"
}

func main() {}
