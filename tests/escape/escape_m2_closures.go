// errorcheck -0 -m=2 -l

package main

var sink any

func counter() func() int {
	n := 0 // ERROR "counter capturing by ref: n \(addr=false assign=true width=8\)$" "n escapes to heap in counter:$" "  flow: \{storage for func literal\} ← &n:$" "    from n \(captured by a closure\) at .*escape_m2_closures\.go:10:3$" "    from n \(reference\) at .*escape_m2_closures\.go:10:3$" "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap in counter:$" "  flow: ~r0 ← &\{storage for func literal\}:$" "    from func literal \(spill\) at .*escape_m2_closures\.go:9:9$" "    from return func literal \(return\) at .*escape_m2_closures\.go:9:2$" "func literal escapes to heap$"
		n++
		return n
	}
}

func apply(f func(int) int, x int) int { return f(x) } // ERROR "f does not escape$"

func adder(k int) func(int) int { // ERROR "adder capturing by value: k \(addr=false assign=false width=8\)$" "parameter k leaks to \{storage for func literal\} for adder with derefs=0:$" "  flow: \{storage for func literal\} ← k:$" "    from k \(captured by a closure\) at .*escape_m2_closures\.go:18:38$"
	return func(x int) int { return x + k } // ERROR "func literal escapes to heap in adder:$" "  flow: ~r0 ← &\{storage for func literal\}:$" "    from func literal \(spill\) at .*escape_m2_closures\.go:18:9$" "    from return func literal \(return\) at .*escape_m2_closures\.go:18:2$" "func literal escapes to heap$"
}

func capturePtr() {
	x := 10 // ERROR "x escapes to heap in capturePtr:$" "  flow: p ← &x:$" "    from &x \(address-of\) at .*escape_m2_closures\.go:23:7$" "    from p := &x \(assign\) at .*escape_m2_closures\.go:23:4$" "  flow: \{heap\} ← p:$" "    from p \(interface-converted\) at .*escape_m2_closures\.go:24:23$" "    from sink = p \(assign\) at .*escape_m2_closures\.go:24:21$" "moved to heap: x$"
	p := &x // ERROR "capturePtr capturing by value: p \(addr=false assign=false width=8\)$"
	f := func() { sink = p } // ERROR "func literal does not escape$"
	f()
}

func main() {
	c := counter()
	println(c())
	println(apply(adder(3), 4))
	capturePtr()
}
