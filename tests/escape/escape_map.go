// errorcheck -0 -m -l

package main

var sink any

func lit() int {
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	return m["a"]
}

func made(n int) int {
	m := make(map[int]int, n) // ERROR "make\(map\[int\]int, n\) does not escape$"
	m[1] = 2
	return len(m)
}

func returned() map[string]bool {
	return map[string]bool{} // ERROR "map\[string\]bool\{\} escapes to heap$"
}

func stored(p *int) { // ERROR "leaking param: p$"
	m := map[int]*int{} // ERROR "map\[int\]\*int\{\} does not escape$"
	m[0] = p
}

func keys(k *string) { // ERROR "leaking param: k$"
	m := map[*string]int{} // ERROR "map\[\*string\]int\{\} does not escape$"
	m[k] = 1
}

func rangeValues(m map[string]*int) { // ERROR "leaking param content: m$"
	for _, v := range m {
		sink = v
	}
}

func rangeKeys(m map[*int]bool) int { // ERROR "m does not escape$"
	n := 0
	for k := range m {
		n += *k
	}
	return n
}

func readValue(m map[string]*int) { // ERROR "m does not escape$"
	sink = m["x"]
}

func toSink() {
	m := map[int]int{} // ERROR "map\[int\]int\{\} escapes to heap$"
	sink = m
}

func inLoop() int {
	t := 0
	for i := 0; i < 3; i++ {
		m := map[int]int{i: i} // ERROR "map\[int\]int\{\.\.\.\} does not escape$"
		t += len(m)
	}
	return t
}

func param(m map[string]int) int { // ERROR "m does not escape$"
	return m["a"]
}

func deleteKey(m map[string]int, k string) { // ERROR "m does not escape$" "k does not escape$"
	delete(m, k)
}

func main() {}
