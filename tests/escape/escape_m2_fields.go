// errorcheck -0 -m=2 -l

package main

type Inner struct{ p *int }

type Outer struct {
	in  Inner
	ptr *Inner
	arr [2]*int
}

var sink *int

func (o *Outer) leakInner() { sink = o.in.p } // ERROR "parameter o leaks to \{heap\} for \(\*Outer\)\.leakInner with derefs=1:$" "  flow: \{heap\} ← \*o:$" "    from o\.in \(dot of pointer\) at .*escape_m2_fields\.go:15:39$" "    from o\.in\.p \(dot\) at .*escape_m2_fields\.go:15:42$" "    from sink = o\.in\.p \(assign\) at .*escape_m2_fields\.go:15:36$" "leaking param content: o$"

func setPtr(o *Outer, x *int) { o.ptr = &Inner{p: x} } // ERROR "&Inner\{\.\.\.\} escapes to heap in setPtr:$" "  flow: \{heap\} ← &\{storage for &Inner\{\.\.\.\}\}:$" "    from &Inner\{\.\.\.\} \(spill\) at .*escape_m2_fields\.go:17:41$" "    from o\.ptr = &Inner\{\.\.\.\} \(assign\) at .*escape_m2_fields\.go:17:39$" "parameter x leaks to \{storage for &Inner\{\.\.\.\}\} for setPtr with derefs=0:$" "  flow: \{storage for &Inner\{\.\.\.\}\} ← x:$" "    from Inner\{\.\.\.\} \(struct literal element\) at .*escape_m2_fields\.go:17:47$" "o does not escape$" "leaking param: x$" "&Inner\{\.\.\.\} escapes to heap$"

func getArr(o Outer) *int { return o.arr[1] } // ERROR "parameter o leaks to ~r0 for getArr with derefs=0:$" "  flow: ~r0 ← o:$" "    from o\.arr \(dot\) at .*escape_m2_fields\.go:19:37$" "    from o\.arr\[1\] \(fixed-array-index-of\) at .*escape_m2_fields\.go:19:41$" "    from return o\.arr\[1\] \(return\) at .*escape_m2_fields\.go:19:29$" "leaking param: o to result ~r0 level=0$"

func main() {
	x, y := 1, 2 // ERROR "y escapes to heap in main:$" "  flow: \{heap\} ← &y:$" "    from &y \(address-of\) at .*escape_m2_fields\.go:25:13$" "    from setPtr\(&o, &y\) \(call parameter\) at .*escape_m2_fields\.go:25:8$" "x escapes to heap in main:$" "  flow: o ← &x:$" "    from &x \(address-of\) at .*escape_m2_fields\.go:23:26$" "    from Inner\{\.\.\.\} \(struct literal element\) at .*escape_m2_fields\.go:23:22$" "    from Outer\{\.\.\.\} \(struct literal element\) at .*escape_m2_fields\.go:23:12$" "    from o := Outer\{\.\.\.\} \(assign\) at .*escape_m2_fields\.go:23:4$" "  flow: \{heap\} ← o:$" "    from o \(address-of\) at .*escape_m2_fields\.go:24:3$" "    from \(\*Outer\)\.leakInner\(o\) \(call parameter\) at .*escape_m2_fields\.go:24:13$" "moved to heap: x$" "moved to heap: y$"
	o := Outer{in: Inner{p: &x}}
	o.leakInner()
	setPtr(&o, &y)
	println(getArr(o) == nil)
}
