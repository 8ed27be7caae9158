// errorcheck -0 -m -l

package main

var sink any
var gm map[string]*int

func localMap() int {
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	return m["a"]
}

func makeMapLocal() int {
	m := make(map[int]int) // ERROR "make\(map\[int\]int\) does not escape$"
	m[1] = 2
	return len(m)
}

func makeMapHint(n int) int {
	m := make(map[int]int, n) // ERROR "make\(map\[int\]int, n\) does not escape$"
	m[1] = 2
	return len(m)
}

func returnMap() map[string]int {
	return map[string]int{} // ERROR "map\[string\]int\{\} escapes to heap$"
}

func mapValuePtr(p *int) int { // ERROR "leaking param: p$"
	m := map[string]*int{} // ERROR "map\[string\]\*int\{\} does not escape$"
	m["k"] = p
	return len(m)
}

func mapKeyString(k string) int { // ERROR "leaking param: k$"
	m := map[string]int{} // ERROR "map\[string\]int\{\} does not escape$"
	m[k] = 1
	return len(m)
}

func mapGlobalPut(p *int) { // ERROR "leaking param: p$"
	gm["x"] = p
}

func mapGet(m map[string]*int) *int { // ERROR "m does not escape$"
	return m["x"]
}

func mapRange(m map[string]int) int { // ERROR "m does not escape$"
	t := 0
	for k, v := range m {
		t += len(k) + v
	}
	return t
}

func mapLookupBytes(m map[string]int, b []byte) int { // ERROR "m does not escape$" "b does not escape$"
	return m[string(b)] // ERROR "string\(b\) does not escape$"
}

func mapOfSlices() map[int][]int {
	m := make(map[int][]int) // ERROR "make\(map\[int\]\[\]int\) escapes to heap$"
	m[0] = []int{1} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	return m
}

func mapDelete(m map[int]int) { // ERROR "m does not escape$"
	delete(m, 1)
}

func mapCommaOk(m map[int]*int) *int { // ERROR "m does not escape$"
	v, ok := m[1]
	if ok {
		return v
	}
	return nil
}

func mapAddr() int {
	x := 1 // ERROR "moved to heap: x$"
	m := map[int]*int{1: &x} // ERROR "map\[int\]\*int\{\.\.\.\} does not escape$"
	return *m[1]
}

func mapSink() {
	m := map[int]int{} // ERROR "map\[int\]int\{\} escapes to heap$"
	sink = m
}

func main() {
	localMap()
	makeMapLocal()
	makeMapHint(2)
	returnMap()
	mapValuePtr(nil)
	mapKeyString("k")
	mapGlobalPut(nil)
	mapGet(nil)
	mapRange(nil)
	mapLookupBytes(nil, nil)
	mapOfSlices()
	mapDelete(nil)
	mapCommaOk(nil)
	mapAddr()
	mapSink()
}
