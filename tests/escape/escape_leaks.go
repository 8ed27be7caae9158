// errorcheck -0 -m -l

package main

var sink any
var gp *int
var gpp **int
var gs []*int

type S struct {
	p  *int
	ps []*int
	q  **int
}

func contentSlice(s []*int) { gp = s[0] } // ERROR "leaking param content: s$"

func contentSliceSink(s []*int) { sink = s[0] } // ERROR "leaking param content: s$"

func wholeSlice(s []*int) { gs = s } // ERROR "leaking param: s$"

func appendContent(s []*int) { gs = append(gs, s...) } // ERROR "leaking param content: s$" "append escapes to heap$"

func copyInto(s []*int) { copy(gs, s) } // ERROR "leaking param content: s$"

func contentPP(pp **int) { gp = *pp } // ERROR "leaking param content: pp$"

func contentPPP(ppp ***int) { gp = **ppp } // ERROR "leaking param content: ppp$"

func storePP(pp **int) { gpp = pp } // ERROR "leaking param: pp$"

func structContent(s *S) { gp = s.p } // ERROR "leaking param content: s$"

func structDeep(s *S) { gp = *s.q } // ERROR "leaking param content: s$"

func structSliceElem(s *S) { gp = s.ps[0] } // ERROR "leaking param content: s$"

func structVal(s S) { gp = s.p } // ERROR "leaking param: s$"

func structValAll(s S) { sink = s } // ERROR "s escapes to heap$" "leaking param: s$"

func resultContent(s *S) *int { return s.p } // ERROR "leaking param: s to result ~r0 level=1$"

func resultDeep(s *S) *int { return *s.q } // ERROR "leaking param: s to result ~r0 level=2$"

func resultBoth(s *S) (*int, *S) { return s.p, s } // ERROR "leaking param: s to result ~r0 level=1$" "leaking param: s to result ~r1 level=0$"

func ifaceContent(x any) *int { // ERROR "leaking param: x to result ~r0 level=0$"
	if p, ok := x.(*int); ok {
		return p
	}
	return nil
}

func ifaceMethod(e error) string { return e.Error() } // ERROR "leaking param: e$"

func mutate(p *int) { *p = 1 } // ERROR "p does not escape$"

func mutateContent(pp **int) { **pp = 2 } // ERROR "pp does not escape$"

func assignThrough(pp **int, p *int) { *pp = p } // ERROR "pp does not escape$" "leaking param: p$"

func selfAssign(s *S) { s.ps = s.ps[1:] } // ERROR "selfAssign ignoring self-assignment in s\.ps = s\.ps\[1:\]$" "s does not escape$"

func callsLeak(p *int) { contentPP(&p) } // ERROR "leaking param: p$"

func callsLeak2(p *int) { storePP(&p) } // ERROR "moved to heap: p$"

func main() {
	contentSlice(nil)
	contentSliceSink(nil)
	wholeSlice(nil)
	appendContent(nil)
	copyInto(nil)
	contentPP(nil)
	contentPPP(nil)
	storePP(nil)
	structContent(nil)
	structDeep(nil)
	structSliceElem(nil)
	structVal(S{})
	structValAll(S{})
	resultContent(nil)
	resultDeep(nil)
	resultBoth(nil)
	ifaceContent(nil)
	ifaceMethod(nil)
	mutate(nil)
	mutateContent(nil)
	assignThrough(nil, nil)
	selfAssign(nil)
	callsLeak(nil)
	callsLeak2(nil)
}
