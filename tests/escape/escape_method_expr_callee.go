// errorcheck -0 -m -l

// Method expressions: gc calls the method itself, so its parameter
// summaries apply. A value method reached through a pointer type applies
// its receiver's summary to the pointer; a receiver without pointers has
// no summary, and the pointer leaks. Interface method expressions are
// unknown functions.

package main

import "fmt"

type C struct{ p *int }

func (c C) Get() int { return *c.p } // ERROR "c does not escape$"
func (c *C) Inc()    { *c.p++ } // ERROR "c does not escape$"

type N struct{ n int }

func (c N) Get() int { return c.n }
func (c *N) Inc()    { c.n++ } // ERROR "c does not escape$"

type O struct {
	C
	x int
}

type ON struct {
	N
}

type Getter interface{ Get() int }

var sink int

func ptrValueMethod() {
	x := 2
	c := C{&x}
	sink = (*C).Get(&c)
	n := N{1} // ERROR "moved to heap: n$"
	sink = (*N).Get(&n)
	m := N{2} // ERROR "moved to heap: m$"
	_ = (*N).Get(&m)
}

func viaVariable() {
	n := N{1} // ERROR "moved to heap: n$"
	f := (*N).Get
	sink = f(&n)
	x := 3
	c := C{&x}
	g := (*C).Get
	sink = g(&c)
}

func promoted() {
	x := 4
	o := O{C{&x}, 1}
	sink = (*O).Get(&o)
	(*O).Inc(&o)
	on := ON{N{5}} // ERROR "moved to heap: on$"
	sink = (*ON).Get(&on)
	on2 := ON{N{6}}
	(*ON).Inc(&on2)
	sink = O.Get(o)
}

func ifaceMethod() {
	var g Getter = N{7} // ERROR "N\{\.\.\.\} escapes to heap$"
	sink = Getter.Get(g)
	h := Getter.Get
	fmt.Println(h(C{new(int)})) // ERROR "\.\.\. argument does not escape$" "h\(C\{\.\.\.\}\) escapes to heap$" "new\(int\) escapes to heap$"
}

func main() {
	ptrValueMethod()
	viaVariable()
	promoted()
	ifaceMethod()
}
