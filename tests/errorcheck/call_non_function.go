// errorcheck

// Calls to things that are not functions, and values used as statements.
package main

type T struct{}

func (T) M() int { return 1 }

func f() int { return 1 }

func main() {
	var t T
	t.M // ERROR "t\.M \(value of type func\(\) int\) is not used"
	f // ERROR "f \(value of type func\(\) int\) is not used"
	x := 3
	x + 1 // ERROR "x \+ 1 \(value of type int\) is not used"
	x() // ERROR "invalid operation: cannot call x \(variable of type int\): int is not a function"
	"s"() // ERROR "invalid operation: cannot call .s. \(untyped string constant\): untyped string is not a function"
	t() // ERROR "invalid operation: cannot call t \(variable of struct type T\): T is not a function"
	_ = T.M(t, 1) // ERROR "too many arguments in call to T\.M"
}
