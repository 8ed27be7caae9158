// errorcheck

// Misuses of short variable declarations.
package main

type T struct{ f int }

func main() {
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	var t T
	t.f := 3 // ERROR "non-name t\.f on left side of :="
	a, a := 1, 2 // ERROR "declared and not used: a" "a repeated on left side of :="
	_ := 5 // ERROR "no new variables on left side of :="
	y, x := 3, 4
	_, _ = x, y
}
