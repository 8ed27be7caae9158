// errorcheck -0 -m -l

// A blank function is never compiled, so gc reports nothing for it.

package p

var sink *int

func _() {
	x := 1
	sink = &x
}

func _(p *int) *int {
	return p
}

func f() {
	y := 2 // ERROR "moved to heap: y"
	sink = &y
}
