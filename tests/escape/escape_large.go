// errorcheck -0 -m -l

package main

func largeVar() int {
	var big [200000]int // ERROR "moved to heap: big$"
	return big[0]
}

func largeMake() int {
	s := make([]int, 100000) // ERROR "make\(\[\]int, 100000\) escapes to heap$"
	return s[0]
}

func smallMake() int {
	s := make([]int, 100) // ERROR "make\(\[\]int, 100\) does not escape$"
	return s[0]
}

func largeNew() int {
	p := new([10000]int) // ERROR "new\(\[10000\]int\) escapes to heap$"
	return p[0]
}

func smallNew() int {
	p := new([100]int) // ERROR "new\(\[100\]int\) does not escape$"
	return p[0]
}

func zeroSizedElem() int {
	s := make([]struct{}, 10) // ERROR "make\(\[\]struct \{\}, 10\) escapes to heap$"
	return len(s)
}

func main() {}
