// errorcheck -0 -m -l

package main

var sink any

func closureNoEscape(n int) int {
	f := func() int { return n + 1 } // ERROR "func literal does not escape$"
	return f()
}

func closureEscapes(n int) func() int {
	return func() int { return n } // ERROR "func literal escapes to heap$"
}

func closureByRef() func() int {
	x := 0 // ERROR "moved to heap: x$"
	return func() int { x++; return x } // ERROR "func literal escapes to heap$"
}

func closureCallDirect() int {
	y := 1
	return func(p *int) int { return *p }(&y) // ERROR "p does not escape$" "func literal does not escape$"
}

func closureLoop() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
	return fs
}

func closureSink() {
	k := 3
	sink = func() int { return k } // ERROR "func literal escapes to heap$"
}

func closureModifies() int {
	z := 0
	inc := func() { z++ } // ERROR "func literal does not escape$"
	inc()
	inc()
	return z
}

func closureLarge() func() int {
	var big [20]int // ERROR "moved to heap: big$"
	return func() int { return big[0] } // ERROR "func literal escapes to heap$"
}

func closureNested() func() func() int {
	a := 1
	return func() func() int { // ERROR "func literal escapes to heap$"
		return func() int { return a } // ERROR "func literal escapes to heap$"
	}
}

func main() {}
