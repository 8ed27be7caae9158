// errorcheck

// The blank identifier cannot be used as a value.
package main

func f(int) {}

func main() {
	x := _ // ERROR "cannot use _ as value or type"
	f(_) // ERROR "cannot use _ as value or type"
	_ = _ // ERROR "cannot use _ as value or type"
	var _ int = 1
	_ = x + _ // ERROR "cannot use _ as value or type"
	_() // ERROR "cannot use _ as value or type"
	var _ = _ // ERROR "cannot use _ as value or type"
}
