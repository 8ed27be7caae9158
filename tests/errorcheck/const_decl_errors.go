// errorcheck

// Constant declarations with non-constant or missing initializers.
package main

func f() int { return 1 }

var v = 2

const (
	a = f() // ERROR "f\(\) \(value of type int\) is not constant"
	b = v // ERROR "v \(variable of type int\) is not constant"
	c, d = 1 // ERROR "missing init expr for d"
	e = 1, 2 // ERROR "extra init expr 2"
	g // ERROR "extra init expr at .*const_decl_errors\.go:14:9"
)

const h = []int{1} // ERROR "\[\]int\{…\} \(value of type \[\]int\) is not constant"

const i int = "s" // ERROR "cannot use .s. \(untyped string constant\) as int value in constant declaration"

func main() {
	_ = iota // ERROR "cannot use iota outside constant declaration"
	println(a, b, c, d, e, h, i)
}
