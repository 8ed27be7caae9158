// errorcheck -0 -m -l

package main

var sink any
var gp *int

type T struct {
	p *int
	n int
}

func identity(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func deref(p *int) int { return *p } // ERROR "p does not escape$"

func store(p *int) { gp = p } // ERROR "leaking param: p$"

func storeContent(pp **int) { gp = *pp } // ERROR "leaking param content: pp$"

func field(t *T) *int { return t.p } // ERROR "leaking param: t to result ~r0 level=1$"

func setField(t *T, p *int) { t.p = p } // ERROR "t does not escape$" "leaking param: p$"

func noPointers(a, b int) int { return a + b }

func twoResults(p, q *int) (*int, *int) { return q, p } // ERROR "leaking param: p to result ~r1 level=0$" "leaking param: q to result ~r0 level=0$"

func named(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	r = p
	return
}

func sliceParam(s []int) int { return s[0] } // ERROR "s does not escape$"

func sliceLeak(s []int) []int { return s[1:] } // ERROR "leaking param: s to result ~r0 level=0$"

func stringParam(s string) string { return s } // ERROR "leaking param: s to result ~r0 level=0$"

func ifaceParam(x any) { sink = x } // ERROR "leaking param: x$"

func mapParam(m map[string]int) int { return m["a"] } // ERROR "m does not escape$"

func caller() int {
	x := 1
	y := 2 // ERROR "moved to heap: y$"
	_ = identity(&x)
	store(&y)
	return deref(&x)
}

func main() {}
