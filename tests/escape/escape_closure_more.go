// errorcheck -0 -m -l

package main

var sink any

type handler func(int) int

func apply(h handler, v int) int { return h(v) } // ERROR "h does not escape$"

func keepHandler(h handler) { sink = h } // ERROR "leaking param: h$"

func adder(n int) handler {
	return func(v int) int { return v + n } // ERROR "func literal escapes to heap$"
}

func compose(f, g func(int) int) func(int) int { // ERROR "leaking param: f$" "leaking param: g$"
	return func(x int) int { return g(f(x)) } // ERROR "func literal escapes to heap$"
}

func useCompose() int {
	inc := func(x int) int { return x + 1 } // ERROR "func literal escapes to heap$"
	dbl := func(x int) int { return x * 2 } // ERROR "func literal escapes to heap$"
	return compose(inc, dbl)(3)
}

func applyLocal() int {
	k := 3
	return apply(func(v int) int { return v * k }, 2) // ERROR "func literal does not escape$"
}

func keepLocal() {
	k := 3
	keepHandler(func(v int) int { return v * k }) // ERROR "func literal escapes to heap$"
}

func memo() func(int) int {
	cache := make([]int, 10) // ERROR "make\(\[\]int, 10\) escapes to heap$"
	return func(n int) int { // ERROR "func literal escapes to heap$"
		if cache[n] == 0 {
			cache[n] = n * n
		}
		return cache[n]
	}
}

func accumulate(xs []int) int { // ERROR "xs does not escape$"
	total := 0
	add := func(v int) { total += v } // ERROR "func literal does not escape$"
	for _, x := range xs {
		add(x)
	}
	return total
}

func deferredClosureVar() int {
	n := 0
	f := func() { n = 5 } // ERROR "func literal does not escape$"
	f()
	return n
}

func closureReturnsPtr() *int {
	f := func() *int { // ERROR "func literal does not escape$"
		v := 1 // ERROR "moved to heap: v$"
		return &v
	}
	return f()
}

func closureArgPtr() int {
	x := 2
	f := func(p *int) int { return *p } // ERROR "p does not escape$" "func literal does not escape$"
	return f(&x)
}

func closureStores(dst **int) { // ERROR "dst does not escape$"
	x := 2 // ERROR "moved to heap: x$"
	f := func() { *dst = &x } // ERROR "func literal does not escape$"
	f()
}

func funcVarReassigned(b bool) int {
	f := func() int { return 1 } // ERROR "func literal does not escape$"
	if b {
		f = func() int { return 2 } // ERROR "func literal does not escape$"
	}
	return f()
}

func returnFuncVar() func() int {
	f := func() int { return 1 } // ERROR "func literal escapes to heap$"
	return f
}

func main() {
	apply(adder(1), 2)
	useCompose()
	applyLocal()
	keepLocal()
	memo()(3)
	accumulate(nil)
	deferredClosureVar()
	closureReturnsPtr()
	closureArgPtr()
	var p *int
	closureStores(&p)
	funcVarReassigned(true)
	returnFuncVar()
}
