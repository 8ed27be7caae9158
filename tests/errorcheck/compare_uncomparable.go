// errorcheck

// Comparisons of slices, maps, funcs and structs containing them.
package main

type Pair struct {
	keys []string
	n    int
}

func main() {
	a := []int{1}
	b := []int{1}
	_ = a == b // ERROR "invalid operation: a == b \(slice can only be compared to nil\)"
	m1, m2 := map[int]int{}, map[int]int{}
	_ = m1 == m2 // ERROR "invalid operation: m1 == m2 \(map can only be compared to nil\)"
	f := func() {}
	_ = f == f // ERROR "invalid operation: f == f \(func can only be compared to nil\)"
	var p, q Pair
	_ = p == q // ERROR "invalid operation: p == q \(struct containing \[\]string cannot be compared\)"
	_ = a == nil
	var k map[[]int]bool // ERROR "invalid map key type \[\]int"
	_ = k
	_ = p < q // ERROR "invalid operation: p < q \(operator < not defined on struct\)"
	_ = true < false // ERROR "invalid operation: true < false \(operator < not defined on untyped bool\)"
}
