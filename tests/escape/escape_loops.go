// errorcheck -0 -m -l

package main

var sink any
var gp *int

func loopVarAddr() []*int {
	var out []*int
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		out = append(out, &i) // ERROR "append escapes to heap$"
	}
	return out
}

func loopVarAddrLocal() int {
	s := 0
	for i := 0; i < 3; i++ {
		p := &i
		s += *p
	}
	return s
}

func rangeVarAddr(xs []int) *int { // ERROR "xs does not escape$"
	var last *int
	for _, x := range xs { // ERROR "moved to heap: x$"
		last = &x
	}
	return last
}

func rangeVarAddrLocal(xs []int) int { // ERROR "xs does not escape$"
	t := 0
	for _, x := range xs {
		p := &x
		t += *p
	}
	return t
}

func declaredInLoop() {
	var keep *int
	for i := 0; i < 3; i++ {
		v := i // ERROR "moved to heap: v$"
		keep = &v
	}
	gp = keep
}

func declaredInLoopLocal() int {
	var keep *int
	for i := 0; i < 3; i++ {
		v := i // ERROR "moved to heap: v$"
		keep = &v
	}
	return *keep
}

func newInLoop() int {
	var p *int
	for i := 0; i < 3; i++ {
		p = new(int) // ERROR "new\(int\) escapes to heap$"
		*p = i
	}
	return *p
}

func newInLoopLocal() int {
	t := 0
	for i := 0; i < 3; i++ {
		p := new(int) // ERROR "new\(int\) does not escape$"
		*p = i
		t += *p
	}
	return t
}

func closureInLoop() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i }) // ERROR "func literal escapes to heap$" "append escapes to heap$"
	}
	return fs
}

func closureInLoopCalled() int {
	t := 0
	for i := 0; i < 3; i++ {
		f := func() int { return i * 2 } // ERROR "func literal does not escape$"
		t += f()
	}
	return t
}

func sliceLitInLoop() int {
	t := 0
	for i := 0; i < 3; i++ {
		s := []int{i, i} // ERROR "\[\]int\{\.\.\.\} does not escape$"
		t += s[0]
	}
	return t
}

func sliceLitInLoopKept() []int {
	var s []int
	for i := 0; i < 3; i++ {
		s = []int{i} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	}
	return s
}

func makeInLoop(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 8) // ERROR "make\(\[\]byte, 8\) does not escape$"
		t += len(b)
	}
	return t
}

func gotoLoop() *int {
	var p *int
	i := 0
loop:
	x := i // ERROR "moved to heap: x$"
	p = &x
	i++
	if i < 3 {
		goto loop
	}
	return p
}

func nestedLoops() int {
	var outer *int
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			k := i + j // ERROR "moved to heap: k$"
			outer = &k
		}
	}
	return *outer
}

func rangeIntAddr() *int {
	var p *int
	for i := range 3 { // ERROR "moved to heap: i$"
		p = &i
	}
	return p
}

func main() {
	loopVarAddr()
	loopVarAddrLocal()
	rangeVarAddr(nil)
	rangeVarAddrLocal(nil)
	declaredInLoop()
	declaredInLoopLocal()
	newInLoop()
	newInLoopLocal()
	closureInLoop()
	closureInLoopCalled()
	sliceLitInLoop()
	sliceLitInLoopKept()
	makeInLoop(2)
	gotoLoop()
	nestedLoops()
	rangeIntAddr()
}
