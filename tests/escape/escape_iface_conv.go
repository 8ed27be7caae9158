// errorcheck -0 -m -l

package main

var sink any

type Stringer interface{ String() string }

type Name string

func (n Name) String() string { return string(n) } // ERROR "leaking param: n to result ~r0 level=0$"

type Pt struct{ x, y int }

func (p Pt) String() string { return "pt" }

type Big struct{ a [10]int }

type Empty struct{}

func small(x int) any { return x } // ERROR "x escapes to heap$"

func smallByte(b byte) any { return b } // ERROR "b escapes to heap$"

func boolean(b bool) any { return b } // ERROR "b escapes to heap$"

func zeroSized() any { return Empty{} } // ERROR "Empty\{\} escapes to heap$"

func pointerShaped(p *Pt) any { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func structVal(p Pt) any { return p } // ERROR "p escapes to heap$"

func bigVal(b Big) {
	sink = b // ERROR "b escapes to heap$"
}

func named(n Name) Stringer { return n } // ERROR "leaking param: n$" "n escapes to heap$"

func namedLocal(n Name) int { // ERROR "n does not escape$"
	var s Stringer = n // ERROR "n does not escape$"
	return len(s.String()) // ERROR "devirtualizing s\.String to Name$"
}

func constants() {
	sink = 7 // ERROR "7 escapes to heap$"
	sink = "s" // ERROR "\"s\" escapes to heap$"
	sink = 2.5 // ERROR "2\.5 escapes to heap$"
	sink = Pt{} // ERROR "Pt\{\} escapes to heap$"
}

func sliceToAny(s []int) any { return s } // ERROR "leaking param: s$" "s escapes to heap$"

func funcToAny(f func()) any { return f } // ERROR "leaking param: f to result ~r0 level=0$"

func mapToAny(m map[int]int) any { return m } // ERROR "leaking param: m to result ~r0 level=0$"

func assertBack(x any) int { // ERROR "x does not escape$"
	return x.(int)
}

func assertPtr(x any) *Pt { // ERROR "leaking param: x to result ~r0 level=0$"
	return x.(*Pt)
}

func assertStruct(x any) Pt { // ERROR "x does not escape$"
	return x.(Pt)
}

func typeSwitch(x any) int { // ERROR "x does not escape$"
	switch v := x.(type) {
	case int:
		return v
	case *Pt:
		return v.x
	}
	return 0
}

func ifaceToIface(s Stringer) any { return s } // ERROR "leaking param: s to result ~r0 level=0$"

func compareAny(x any, n int) bool { // ERROR "x does not escape$"
	return x == any(n) // ERROR "any\(n\) does not escape$"
}

func errorVal() error {
	var e error
	return e
}

func arrayOfAny(a, b int) int {
	xs := [2]any{a, b} // ERROR "a does not escape$" "b does not escape$"
	return len(xs)
}

func sliceOfAny(a int, p *Pt) []any { // ERROR "leaking param: p$"
	return []any{a, p} // ERROR "\[\]any\{\.\.\.\} escapes to heap$" "a escapes to heap$"
}

func main() {
	small(1)
	smallByte(1)
	boolean(true)
	zeroSized()
	pointerShaped(nil)
	structVal(Pt{})
	bigVal(Big{})
	named("x")
	namedLocal("y")
	constants()
	sliceToAny(nil)
	funcToAny(nil)
	mapToAny(nil)
	assertBack(1) // ERROR "1 does not escape$"
	assertPtr(&Pt{}) // ERROR "&Pt\{\} does not escape$"
	assertStruct(Pt{}) // ERROR "Pt\{\} does not escape$"
	typeSwitch(1) // ERROR "1 does not escape$"
	ifaceToIface(nil)
	compareAny(1, 1) // ERROR "1 does not escape$"
	errorVal()
	arrayOfAny(1, 2)
	sliceOfAny(1, nil)
}
