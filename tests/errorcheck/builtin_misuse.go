// errorcheck

// Builtin functions applied to arguments they do not accept.
package main

func main() {
	n := 5
	_ = len(n) // ERROR "invalid argument: n \(variable of type int\) for built-in len"
	m := map[string]int{}
	_ = cap(m) // ERROR "invalid argument: m \(variable of type map\[string\]int\) for built-in cap"
	_ = append(n, 1) // ERROR "invalid append: argument must be a slice; have n \(variable of type int\)"
	delete(n, 1) // ERROR "invalid argument: n \(variable of type int\) is not a map"
	s := []int{1}
	copy(s, "abc") // ERROR "invalid copy: arguments s \(variable of type \[\]int\) and .abc. \(untyped string constant\) have different element types int and byte"
	_ = make(int) // ERROR "invalid argument: cannot make int: type must be slice, map, or channel"
	close(s) // ERROR "invalid operation: cannot close non-channel s \(variable of type \[\]int\)"
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
	append(s, 2) // ERROR "append\(s, 2\) \(value of type \[\]int\) is not used"
}
