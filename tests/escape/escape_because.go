// errorcheck -0 -m=2 -l

package main

var sink any
var gp *int

type T struct{ p *int }

func leak(p *int) { gp = p } // ERROR "parameter p leaks to \{heap\} for leak with derefs=0:$" "  flow: \{heap\} ← p:$" "    from gp = p \(assign\) at .*escape_because\.go:10:24$" "leaking param: p$"

func toResult(p *int) *int { return p } // ERROR "parameter p leaks to ~r0 for toResult with derefs=0:$" "  flow: ~r0 ← p:$" "    from return p \(return\) at .*escape_because\.go:12:30$" "leaking param: p to result ~r0 level=0$"

func addr() *int {
	x := 1 // ERROR "x escapes to heap in addr:$" "  flow: ~r0 ← &x:$" "    from &x \(address-of\) at .*escape_because\.go:16:9$" "    from return &x \(return\) at .*escape_because\.go:16:2$" "moved to heap: x$"
	return &x
}

func viaCall() {
	y := 2 // ERROR "y escapes to heap in viaCall:$" "  flow: \{heap\} ← &y:$" "    from &y \(address-of\) at .*escape_because\.go:21:7$" "    from leak\(&y\) \(call parameter\) at .*escape_because\.go:21:6$" "moved to heap: y$"
	leak(&y)
}

func field(t *T) *int { return t.p } // ERROR "parameter t leaks to ~r0 for field with derefs=1:$" "  flow: ~r0 ← \*t:$" "    from t\.p \(dot of pointer\) at .*escape_because\.go:24:33$" "    from return t\.p \(return\) at .*escape_because\.go:24:25$" "leaking param: t to result ~r0 level=1$"

func boxed(n int) {
	sink = n // ERROR "n escapes to heap in boxed:$" "  flow: \{heap\} ← &\{storage for n\}:$" "    from n \(spill\) at .*escape_because\.go:27:9$" "    from sink = n \(assign\) at .*escape_because\.go:27:7$" "n escapes to heap$"
}

func closure() func() int {
	z := 0 // ERROR "closure capturing by ref: z \(addr=false assign=true width=8\)$" "z escapes to heap in closure:$" "  flow: \{storage for func literal\} ← &z:$" "    from z \(captured by a closure\) at .*escape_because\.go:32:22$" "    from z \(reference\) at .*escape_because\.go:32:22$" "moved to heap: z$"
	return func() int { z++; return z } // ERROR "func literal escapes to heap in closure:$" "  flow: ~r0 ← &\{storage for func literal\}:$" "    from func literal \(spill\) at .*escape_because\.go:32:9$" "    from return func literal \(return\) at .*escape_because\.go:32:2$" "func literal escapes to heap$"
}

func slice() []int {
	s := make([]int, 3) // ERROR "make\(\[\]int, 3\) escapes to heap in slice:$" "  flow: s ← &\{storage for make\(\[\]int, 3\)\}:$" "    from make\(\[\]int, 3\) \(spill\) at .*escape_because\.go:36:11$" "    from s := make\(\[\]int, 3\) \(assign\) at .*escape_because\.go:36:4$" "  flow: ~r0 ← s:$" "    from return s \(return\) at .*escape_because\.go:37:2$" "make\(\[\]int, 3\) escapes to heap$"
	return s
}

func loop() *int {
	var p *int
	for i := 0; i < 3; i++ {
		v := i // ERROR "v escapes to heap in loop:$" "  flow: p ← &v:$" "    from &v \(address-of\) at .*escape_because\.go:44:7$" "    from p = &v \(assign\) at .*escape_because\.go:44:5$" "moved to heap: v$"
		p = &v
	}
	return p
}

func lit(a *int) []*int { // ERROR "parameter a leaks to \{storage for \[\]\*int\{\.\.\.\}\} for lit with derefs=0:$" "  flow: \{storage for \[\]\*int\{\.\.\.\}\} ← a:$" "    from \[\]\*int\{\.\.\.\} \(slice-literal-element\) at .*escape_because\.go:50:15$" "leaking param: a$"
	return []*int{a} // ERROR "\[\]\*int\{\.\.\.\} escapes to heap in lit:$" "  flow: ~r0 ← &\{storage for \[\]\*int\{\.\.\.\}\}:$" "    from \[\]\*int\{\.\.\.\} \(spill\) at .*escape_because\.go:50:15$" "    from return \[\]\*int\{\.\.\.\} \(return\) at .*escape_because\.go:50:2$" "\[\]\*int\{\.\.\.\} escapes to heap$"
}

func twoStep(p *int) { // ERROR "parameter p leaks to \{heap\} for twoStep with derefs=0:$" "  flow: q ← p:$" "    from q := p \(assign\) at .*escape_because\.go:54:4$" "  flow: r ← q:$" "    from r := q \(assign\) at .*escape_because\.go:55:4$" "  flow: \{heap\} ← r:$" "    from r \(interface-converted\) at .*escape_because\.go:56:9$" "    from sink = r \(assign\) at .*escape_because\.go:56:7$" "leaking param: p$"
	q := p
	r := q
	sink = r
}

func main() {
	loop()
	lit(nil)
	twoStep(nil)
	addr()
	viaCall()
	toResult(nil)
	field(nil)
	boxed(1)
	closure()
	slice()
}
