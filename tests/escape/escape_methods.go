// errorcheck -0 -m -l

package main

import "fmt"

var sink any

type Buf struct {
	data []byte
	n    int
}

func (b *Buf) Write(p []byte) int { // ERROR "leaking param content: b$" "p does not escape$"
	b.data = append(b.data, p...) // ERROR "append escapes to heap$"
	return len(p)
}

func (b *Buf) Len() int { return len(b.data) } // ERROR "b does not escape$"

func (b Buf) Size() int { return b.n } // ERROR "b does not escape$"

func (b *Buf) Self() *Buf { return b } // ERROR "leaking param: b to result ~r0 level=0$"

func (b *Buf) Data() []byte { return b.data } // ERROR "leaking param: b to result ~r0 level=1$"

func (b *Buf) Keep() { sink = b } // ERROR "leaking param: b$"

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ } // ERROR "c does not escape$"

func (c Counter) Get() int { return c.n }

func (c Counter) String() string { return fmt.Sprint(c.n) } // ERROR "\.\.\. argument does not escape$" "c\.n escapes to heap$"

type Shape interface {
	Area() float64
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r } // ERROR "c does not escape$"

func useCounter() int {
	var c Counter
	c.Inc()
	c.Inc()
	return c.Get()
}

func useBuf() int {
	b := &Buf{} // ERROR "&Buf\{\} does not escape$"
	b.Write([]byte("hi")) // ERROR "\(\[\]byte\)\(\"hi\"\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return b.Len()
}

func keepBuf() {
	b := &Buf{} // ERROR "&Buf\{\} escapes to heap$"
	b.Keep()
}

func selfBuf() *Buf {
	var b Buf // ERROR "moved to heap: b$"
	return b.Self()
}

func area(s Shape) float64 { return s.Area() } // ERROR "leaking param: s$"

func areas() float64 {
	r := Rect{2, 3}
	c := &Circle{1} // ERROR "&Circle\{\.\.\.\} escapes to heap$"
	return area(r) + area(c) // ERROR "r escapes to heap$"
}

func methodValue() int {
	var c Counter
	f := c.Inc // ERROR "c\.Inc does not escape$"
	f()
	return c.n
}

func methodValueEscapes() func() {
	c := &Counter{} // ERROR "&Counter\{\} escapes to heap$"
	return c.Inc // ERROR "c\.Inc escapes to heap$"
}

func methodExpr() int {
	c := Counter{n: 4}
	g := Counter.Get
	return g(c)
}

func ifaceSink(r Rect) {
	var s Shape = r // ERROR "r escapes to heap$"
	sink = s
}

func ifaceLocal(r Rect) float64 {
	var s Shape = r // ERROR "r does not escape$"
	return s.Area() // ERROR "devirtualizing s\.Area to Rect$"
}

func main() {
	useCounter()
	useBuf()
	keepBuf()
	selfBuf()
	areas()
	methodValue()
	methodValueEscapes()()
	methodExpr()
	ifaceSink(Rect{})
	ifaceLocal(Rect{})
}
