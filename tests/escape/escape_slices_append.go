// errorcheck -0 -m -l

package main

var sink any
var gs []int
var gps []*int

func appendLocal() int {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i) // ERROR "append does not escape$"
	}
	return len(s)
}

func appendReturn(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // ERROR "append escapes to heap$"
	}
	return s
}

func appendParam(s []int, v int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, v) // ERROR "append escapes to heap$"
}

func appendPtrs(p *int) []*int { // ERROR "leaking param: p$"
	var s []*int
	s = append(s, p) // ERROR "append escapes to heap$"
	return s
}

func appendPtrLocal() int {
	x := 1 // ERROR "moved to heap: x$"
	s := []*int{} // ERROR "\[\]\*int\{\} does not escape$"
	s = append(s, &x) // ERROR "append does not escape$"
	return *s[0]
}

func appendSpread(a, b []int) []int { // ERROR "leaking param: a to result ~r0 level=0$" "b does not escape$"
	return append(a, b...) // ERROR "append escapes to heap$"
}

func appendGlobal(v int) {
	gs = append(gs, v) // ERROR "append escapes to heap$"
}

func appendPtrGlobal(p *int) { // ERROR "leaking param: p$"
	gps = append(gps, p) // ERROR "append escapes to heap$"
}

func makeLen(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	return len(s)
}

func makeCap(n int) int {
	s := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) does not escape$"
	s = append(s, 1) // ERROR "append does not escape$"
	return len(s)
}

func makeConst() int {
	s := make([]byte, 1024) // ERROR "make\(\[\]byte, 1024\) does not escape$"
	return len(s)
}

func makeBig() int {
	s := make([]byte, 100000) // ERROR "make\(\[\]byte, 100000\) escapes to heap$"
	return len(s)
}

func makeReturn() []int {
	return make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
}

func sliceOfArray() int {
	var a [8]int
	s := a[:]
	return len(s)
}

func sliceOfArrayEscapes() []int {
	var a [8]int // ERROR "moved to heap: a$"
	return a[:]
}

func copySlices(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func subslice(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:3]
}

func literalIndexed() int {
	s := []int{5: 1} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return len(s)
}

func arrayLit() int {
	a := [3]*int{}
	x := 1
	a[0] = &x
	return *a[0]
}

func sliceOfSlices(n int) [][]int {
	out := make([][]int, n) // ERROR "make\(\[\]\[\]int, n\) escapes to heap$"
	for i := range out {
		out[i] = make([]int, 2) // ERROR "make\(\[\]int, 2\) escapes to heap$"
	}
	return out
}

func bytesLocal() int {
	b := []byte{'a', 'b'} // ERROR "\[\]byte\{\.\.\.\} does not escape$"
	return len(b)
}

func sinkSlice() {
	s := []int{1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	sink = s // ERROR "s escapes to heap$"
}

func clear3(s []int) { // ERROR "s does not escape$"
	for i := range s {
		s[i] = 0
	}
}

func main() {
	appendLocal()
	appendReturn(1)
	appendParam(nil, 1)
	appendPtrs(nil)
	appendPtrLocal()
	appendSpread(nil, nil)
	appendGlobal(1)
	appendPtrGlobal(nil)
	makeLen(3)
	makeCap(3)
	makeConst()
	makeBig()
	makeReturn()
	sliceOfArray()
	sliceOfArrayEscapes()
	copySlices(nil, nil)
	subslice(nil)
	literalIndexed()
	arrayLit()
	sliceOfSlices(2)
	bytesLocal()
	sinkSlice()
	clear3(nil)
}
