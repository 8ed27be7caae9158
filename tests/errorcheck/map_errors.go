// errorcheck

// Map key types and map indexing with the wrong key type.
package main

type Key struct {
	parts []string
}

func main() {
	m := map[string]int{}
	_ = m[1] // ERROR "cannot use 1 \(untyped int constant\) as string value in map index"
	var bad map[Key]int // ERROR "invalid map key type Key"
	var f map[func()]int // ERROR "invalid map key type func\(\)"
	m["a"]++
	_ = &m["a"] // ERROR "invalid operation: cannot take address of m\[.a.\] \(map index expression of type int\)"
	_, _ = bad, f
	v, ok, extra := m["a"] // ERROR "assignment mismatch: 3 variables but 1 value"
	_, _, _ = v, ok, extra
}
