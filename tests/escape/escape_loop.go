// errorcheck -0 -m -l

package main

var sink any

func loopAddr() *int {
	var p *int
	for i := 0; i < 10; i++ {
		x := i // ERROR "moved to heap: x$"
		p = &x
	}
	return p
}

func loopAddrInner() int {
	t := 0
	for i := 0; i < 10; i++ {
		x := i
		p := &x
		t += *p
	}
	return t
}

func loopNew() {
	var p *int
	for i := 0; i < 3; i++ {
		p = new(int) // ERROR "new\(int\) escapes to heap$"
	}
	_ = p
}

func loopNewInner() int {
	t := 0
	for i := 0; i < 3; i++ {
		p := new(int) // ERROR "new\(int\) does not escape$"
		t += *p
	}
	return t
}

func loopSlice() [][]int {
	var out [][]int
	for i := 0; i < 3; i++ {
		out = append(out, []int{i}) // ERROR "\[\]int\{\.\.\.\} escapes to heap$" "append escapes to heap$"
	}
	return out
}

func loopAppend() []int {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i) // ERROR "append escapes to heap$"
	}
	return s
}

func loopAppendLocal() int {
	var s []int
	for i := 0; i < 10; i++ {
		s = append(s, i) // ERROR "append does not escape$"
	}
	return len(s)
}

func rangeAddr(xs []int) *int { // ERROR "xs does not escape$"
	var p *int
	for _, v := range xs { // ERROR "moved to heap: v$"
		p = &v
	}
	return p
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

func main() {}
