// errorcheck -0 -m -l

package main

var sink any
var g *int

func leak(p *int) { g = p } // ERROR "leaking param: p$"

func noLeak(p *int) int { return *p } // ERROR "p does not escape$"

func pass(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func passThrough(p *int) *int { return pass(p) } // ERROR "leaking param: p to result ~r0 level=0$"

func callLeak() {
	x := 1 // ERROR "moved to heap: x$"
	leak(&x)
}

func callNoLeak() int {
	x := 1
	return noLeak(&x)
}

func callPass() int {
	x := 1
	p := pass(&x)
	return *p
}

func callPassEscape() *int {
	x := 1 // ERROR "moved to heap: x$"
	return passThrough(&x)
}

func even(n int, p *int) bool { // ERROR "p does not escape$"
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool { // ERROR "p does not escape$"
	if n == 0 {
		return false
	}
	return even(n-1, p)
}

func recursive(p *int, n int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	if n == 0 {
		return p
	}
	return recursive(p, n-1)
}

func callFuncValue(f func(*int)) { // ERROR "f does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	f(&x)
}

type T struct{ v int }

func (t *T) Get() int { return t.v } // ERROR "t does not escape$"

func (t *T) Self() *T { return t } // ERROR "leaking param: t to result ~r0 level=0$"

func methodCall() int {
	t := T{1}
	return t.Get()
}

func methodSelfEscape() *T {
	t := T{1} // ERROR "moved to heap: t$"
	return t.Self()
}

func main() {}
