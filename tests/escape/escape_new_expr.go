// errorcheck -0 -m -l

// Go 1.26 new(expr): gc lowers it to tmp := expr; &tmp, so an escaping
// one is reported as a moved variable named after its Dcl index.
package main

type T struct{ a, b int }

var sink any
var sinks []*int

func ret(x, y int) (r *int, s *int) {
	r = new(x)     // ERROR "moved to heap: .autotmp_4$"
	s = new(y + 1) // ERROR "moved to heap: .autotmp_5$"
	return
}

func local() int {
	p := new(3)
	q := new(T{1, 2})
	return *p + q.b
}

func loop(xs []int) { // ERROR "xs does not escape$"
	for i, x := range xs {
		p := new(x)                      // ERROR "moved to heap: .autotmp_4$"
		sinks = append(sinks, p, new(i)) // ERROR "moved to heap: .autotmp_5$" "append escapes to heap$"
	}
	q, w := new(1), new(2) // ERROR "moved to heap: .autotmp_8$" "moved to heap: .autotmp_9$"
	sink = q
	sink = w
}

func closure() func() *int {
	v := 5
	return func() *int { // ERROR "func literal escapes to heap$"
		return new(v) // ERROR "moved to heap: .autotmp_1$"
	}
}

func decls() {
	if z := 3; z > 0 {
		var k = new(z * 2) // ERROR "moved to heap: .autotmp_2$"
		sink = k
	}
	sink = new(T{1, 2})   // ERROR "moved to heap: .autotmp_3$"
	sink = *new(T{})      // ERROR "\*\(&.autotmp_4\) escapes to heap$"
	s := new([]int{1, 2}) // ERROR "\[\]int{...} does not escape$"
	_ = s
}

func main() {
	ret(1, 2)
	local()
	loop(nil)
	closure()
	decls()
}
