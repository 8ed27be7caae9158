// errorcheck -0 -m -l

package main

var sink any
var gf func() int

func byValue() int {
	x := 1
	f := func() int { return x } // ERROR "func literal does not escape$"
	return f()
}

func byRefReassigned() int {
	x := 1
	f := func() int { x++; return x } // ERROR "func literal does not escape$"
	f()
	return x
}

func returnsClosure() func() int {
	x := 0 // ERROR "moved to heap: x$"
	return func() int { // ERROR "func literal escapes to heap$"
		x++
		return x
	}
}

func returnsClosureValue(n int) func() int {
	return func() int { return n * 2 } // ERROR "func literal escapes to heap$"
}

func storeGlobal(n int) {
	gf = func() int { return n } // ERROR "func literal escapes to heap$"
}

func largeCapture() int {
	var a [64]int
	a[3] = 7
	f := func() int { return a[3] } // ERROR "func literal does not escape$"
	return f()
}

func largeCaptureEscapes() func() int {
	var a [64]int // ERROR "moved to heap: a$"
	a[3] = 7
	return func() int { return a[3] } // ERROR "func literal escapes to heap$"
}

func immediate(n int) int {
	return func(k int) int { return k + n }(3) // ERROR "func literal does not escape$"
}

func nested() func() func() int {
	x := 5
	return func() func() int { // ERROR "func literal escapes to heap$"
		return func() int { return x } // ERROR "func literal escapes to heap$"
	}
}

func captureParamPtr(p *int) func() int { // ERROR "leaking param: p$"
	return func() int { return *p } // ERROR "func literal escapes to heap$"
}

func captureParamPtrLocal(p *int) int { // ERROR "p does not escape$"
	f := func() int { return *p } // ERROR "func literal does not escape$"
	return f()
}

func captureSlice(s []int) func() int { // ERROR "leaking param: s$"
	return func() int { return len(s) } // ERROR "func literal escapes to heap$"
}

func passClosure(f func() int) int { // ERROR "f does not escape$"
	return f()
}

func callPass() int {
	y := 10
	return passClosure(func() int { return y }) // ERROR "func literal does not escape$"
}

func sinkClosure() {
	z := 3
	sink = func() int { return z } // ERROR "func literal escapes to heap$"
}

func counterPair() (func(), func() int) {
	c := 0 // ERROR "moved to heap: c$"
	inc := func() { c++ } // ERROR "func literal escapes to heap$"
	get := func() int { return c } // ERROR "func literal escapes to heap$"
	return inc, get
}

func captureStruct() int {
	type pt struct{ x, y int }
	p := pt{1, 2}
	f := func() int { return p.x + p.y } // ERROR "func literal does not escape$"
	return f()
}

func captureAddr() *int {
	v := 1 // ERROR "moved to heap: v$"
	f := func() *int { return &v } // ERROR "func literal does not escape$"
	return f()
}

func main() {
	byValue()
	byRefReassigned()
	returnsClosure()()
	returnsClosureValue(2)()
	storeGlobal(1)
	largeCapture()
	largeCaptureEscapes()()
	immediate(1)
	nested()()()
	x := 3 // ERROR "moved to heap: x$"
	captureParamPtr(&x)()
	captureParamPtrLocal(&x)
	captureSlice(nil)()
	callPass()
	sinkClosure()
	a, b := counterPair()
	a()
	b()
	captureStruct()
	captureAddr()
}
