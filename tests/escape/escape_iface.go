// errorcheck -0 -m -l

package main

import "fmt"

var sink any

type Stringer interface{ String() string }

type S struct{ n int }

func (s S) String() string { return "s" }

type P struct{ n int }

func (p *P) String() string { return "p" } // ERROR "p does not escape$"

func constants() {
	sink = 1 // ERROR "1 escapes to heap$"
	sink = "x" // ERROR "\"x\" escapes to heap$"
	sink = true // ERROR "true escapes to heap$"
	sink = 1.5 // ERROR "1\.5 escapes to heap$"
	sink = 'x' // ERROR "'x' escapes to heap$"
}

func values(n int, s string) { // ERROR "leaking param: s$"
	sink = n // ERROR "n escapes to heap$"
	sink = s // ERROR "s escapes to heap$"
	sink = byte(n) // ERROR "byte\(n\) escapes to heap$"
	sink = any(n) // ERROR "any\(n\) escapes to heap$"
	x := 5
	sink = x // ERROR "5 escapes to heap$"
}

func pointerShaped(p *int, m map[int]int) { // ERROR "leaking param: p$" "leaking param: m$"
	sink = p
	sink = m
}

func printing(n int, s string) { // ERROR "leaking param: s$"
	fmt.Println(n, s) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$" "s escapes to heap$"
	_ = fmt.Sprint(n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func ifaceMethod(st Stringer) string { // ERROR "leaking param: st$"
	return st.String()
}

func toIface() string {
	s := S{1}
	return ifaceMethod(s) // ERROR "s escapes to heap$"
}

func toIfacePtr() string {
	p := &P{1} // ERROR "&P\{\.\.\.\} escapes to heap$"
	return ifaceMethod(p)
}

func assert(x any) int { // ERROR "x does not escape$"
	if v, ok := x.(int); ok {
		return v
	}
	return 0
}

func assertPtr(x any) *P { // ERROR "leaking param: x to result ~r0 level=0$"
	return x.(*P)
}

func zeroSized() {
	var z struct{}
	sink = z // ERROR "z escapes to heap$"
	sink = struct{}{} // ERROR "struct \{\}\{\} escapes to heap$"
}

func localIface(n int) int {
	var x any = n // ERROR "n does not escape$"
	_ = x
	return n
}

func main() {}
