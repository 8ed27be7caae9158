// errorcheck -0 -m -l

package main

var sink any
var gp *int

type Inner struct {
	p *int
	n int
}

type Outer struct {
	in  Inner
	ptr *Inner
	s   []int
}

func getP(o *Outer) *int { return o.in.p } // ERROR "leaking param: o to result ~r0 level=1$"

func getPtrP(o *Outer) *int { return o.ptr.p } // ERROR "leaking param: o to result ~r0 level=2$"

func getInner(o Outer) Inner { return o.in } // ERROR "leaking param: o to result ~r0 level=0$"

func setP(o *Outer, p *int) { o.in.p = p } // ERROR "o does not escape$" "leaking param: p$"

func setS(o *Outer, s []int) { o.s = s } // ERROR "o does not escape$" "leaking param: s$"

func localOuter() int {
	x := 1
	o := Outer{in: Inner{p: &x}}
	return *o.in.p
}

func localOuterLeak() {
	x := 1 // ERROR "moved to heap: x$"
	o := Outer{in: Inner{p: &x}}
	gp = o.in.p
}

func nestedLit() *Outer {
	return &Outer{ptr: &Inner{n: 1}} // ERROR "&Outer\{\.\.\.\} escapes to heap$" "&Inner\{\.\.\.\} escapes to heap$"
}

func nestedLitLocal() int {
	o := &Outer{ptr: &Inner{n: 1}} // ERROR "&Outer\{\.\.\.\} does not escape$" "&Inner\{\.\.\.\} does not escape$"
	return o.ptr.n
}

func fieldAddr() *int {
	var in Inner // ERROR "moved to heap: in$"
	return &in.n
}

func fieldAddrLocal() int {
	var in Inner
	p := &in.n
	return *p
}

func copyStruct(o Outer) Outer { // ERROR "leaking param: o to result ~r0 level=0$"
	c := o
	return c
}

func arrayField() int {
	type A struct{ xs [4]*int }
	var a A
	v := 2
	a.xs[1] = &v
	return *a.xs[1]
}

func structInSlice() []Inner {
	x := 3 // ERROR "moved to heap: x$"
	return []Inner{{p: &x}} // ERROR "\[\]Inner\{\.\.\.\} escapes to heap$"
}

func embedded() int {
	type E struct {
		Inner
		k int
	}
	e := E{Inner: Inner{n: 5}}
	return e.n
}

func returnField(in *Inner) int { return in.n } // ERROR "in does not escape$"

func methodOnField(o *Outer) int { return returnField(&o.in) } // ERROR "o does not escape$"

func main() {
	getP(nil)
	getPtrP(nil)
	getInner(Outer{})
	setP(nil, nil)
	setS(nil, nil)
	localOuter()
	localOuterLeak()
	nestedLit()
	nestedLitLocal()
	fieldAddr()
	fieldAddrLocal()
	copyStruct(Outer{})
	arrayField()
	structInSlice()
	embedded()
	methodOnField(nil)
}
