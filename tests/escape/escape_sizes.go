// errorcheck -0 -m -l

package main

var sink any

type Huge struct{ a [20000]int }

func bigArrayVar() int {
	var a [20000]int // ERROR "moved to heap: a$"
	a[5] = 1
	return a[5]
}

func hugeArrayVar() int {
	var a [17000]int // ERROR "moved to heap: a$"
	a[5] = 1
	return a[5]
}

func newBig() int {
	p := new([8000]int) // ERROR "new\(\[8000\]int\) does not escape$"
	p[1] = 2
	return p[1]
}

func newTooBig() int {
	p := new([9000]int) // ERROR "new\(\[9000\]int\) escapes to heap$"
	p[1] = 2
	return p[1]
}

func makeBigConst() int {
	s := make([]int, 8192) // ERROR "make\(\[\]int, 8192\) does not escape$"
	return len(s)
}

func makeTooBigConst() int {
	s := make([]int, 8193) // ERROR "make\(\[\]int, 8193\) escapes to heap$"
	return len(s)
}

func makeVar(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	return len(s)
}

func makeVarBytes(n int) int {
	b := make([]byte, n) // ERROR "make\(\[\]byte, n\) does not escape$"
	return len(b)
}

func makeVarCap(n int) int {
	s := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) does not escape$"
	return cap(s)
}

func litBig() int {
	s := []int{9000: 1} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return len(s)
}

func hugeStruct() int {
	var h Huge // ERROR "moved to heap: h$"
	h.a[1] = 1
	return h.a[1]
}

func hugeStructPtr() int {
	h := &Huge{} // ERROR "&Huge\{\} escapes to heap$"
	return h.a[0]
}

func smallArrayAddr() *[4]int {
	var a [4]int // ERROR "moved to heap: a$"
	return &a
}

func main() {
	bigArrayVar()
	hugeArrayVar()
	newBig()
	newTooBig()
	makeBigConst()
	makeTooBigConst()
	makeVar(3)
	makeVarBytes(3)
	makeVarCap(3)
	litBig()
	hugeStruct()
	hugeStructPtr()
	smallArrayAddr()
}
