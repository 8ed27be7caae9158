// errorcheck -0 -m -l

// Escape analysis of string parameters and results, with inlining off.
// Compilation must succeed (-0); every -m line must be annotated.
package main

func id(s string) string { // ERROR "leaking param: s to result ~r0 level=0"
	return s
}

func first(s string) byte { // ERROR "s does not escape"
	return s[0]
}

func length(s string) int { // ERROR "s does not escape"
	return len(s)
}

func concat(a, b string) string { // ERROR "a does not escape" "b does not escape"
	return a + b // ERROR "a \+ b escapes to heap"
}

func pick(a, b string, left bool) string { // ERROR "leaking param: a to result ~r0 level=0" "leaking param: b to result ~r0 level=0"
	if left {
		return a
	}
	return b
}

func main() {
	x := id("a")
	y := concat(x, "b")
	z := pick(x, y, true)
	println(first(z), length(y))
}
