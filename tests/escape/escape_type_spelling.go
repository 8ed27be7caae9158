// errorcheck -0 -m -l

// Types in -m lines are spelled as gc's IR keeps them: byte, rune and any
// as written, aliases resolved to their right-hand sides, struct and func
// types spelled out (table-driven tests are full of these).

package main

import (
	"fmt"
	"strings"
)

type P struct{ X, Y int }

type A = []int
type B = struct{ x byte }
type E = interface{}
type F = func(b byte) rune
type S = []byte

func table() {
	tests := []struct {
		name string
		in   []byte
		want any
	}{ // ERROR "\[\]struct \{ name string; in \[\]byte; want any \}\{\.\.\.\} does not escape$"
		{"a", []byte("x"), 1}, // ERROR "\(\[\]byte\)\(\"x\"\) escapes to heap$" "1 escapes to heap$"
		{"b", nil, "s"}, // ERROR "\"s\" escapes to heap$"
	}
	for _, t := range tests {
		fmt.Println(t.name, t.in, t.want) // ERROR "\.\.\. argument does not escape$" "t\.name escapes to heap$" "t\.in escapes to heap$"
	}
}

func literals() {
	v := struct {
		A byte
		B any
	}{1, 2} // ERROR "2 escapes to heap$"
	fmt.Println(v) // ERROR "\.\.\. argument does not escape$" "v escapes to heap$"
	m := map[string]struct {
		a rune
		b uint8
	}{"k": {1, 2}} // ERROR "map\[string\]struct \{ a rune; b uint8 \}\{\.\.\.\} escapes to heap$"
	fmt.Println(m) // ERROR "\.\.\. argument does not escape$"
	a := A{1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	b := &B{1} // ERROR "\&struct \{ x byte \}\{\.\.\.\} escapes to heap$"
	c := []interface{}{1} // ERROR "\[\]interface \{\}\{\.\.\.\} escapes to heap$" "1 escapes to heap$"
	d := []E{2} // ERROR "\[\]interface \{\}\{\.\.\.\} escapes to heap$" "2 escapes to heap$"
	i := &struct { // ERROR "\&struct \{ a \[\]byte; b func\(byte\) rune \}\{\} escapes to heap$"
		a []byte
		b func(byte) rune
	}{}
	var j any = struct{ a any }{1} // ERROR "struct \{ a any \}\{\.\.\.\} escapes to heap$" "1 escapes to heap$"
	k := []struct{ x interface{ M() } }{} // ERROR "\[\]struct \{ x interface \{ M\(\) \} \}\{\} escapes to heap$"
	fmt.Println(a, b, c, d, i, j, k) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "c escapes to heap$" "d escapes to heap$" "k escapes to heap$"
}

func funcs() {
	a := []func(x byte) (r rune){} // ERROR "\[\]func\(byte\) rune\{\} escapes to heap$"
	c := []strings.Builder{} // ERROR "\[\]strings\.Builder\{\} escapes to heap$"
	d := &struct { // ERROR "\&struct \{ struct \{ x byte \}; strings\.Builder; y rune \}\{\} escapes to heap$"
		B
		strings.Builder
		y rune
	}{}
	e := []F{} // ERROR "\[\]func\(byte\) rune\{\} escapes to heap$"
	f := map[B]int{} // ERROR "map\[struct \{ x byte \}\]int\{\} escapes to heap$"
	h := []*struct{ a byte }{} // ERROR "\[\]\*struct \{ a byte \}\{\} escapes to heap$"
	fmt.Println(a, c, d, e, f, h) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "c escapes to heap$" "e escapes to heap$" "h escapes to heap$"
	fmt.Println(F(nil) == nil) // ERROR "\(func\(byte\) rune\)\(nil\) == nil escapes to heap$" "\.\.\. argument does not escape$"
	fmt.Println([]B{{1}}, []struct{ a rune }{{1}}) // ERROR "\[\]struct \{ x byte \}\{\.\.\.\} escapes to heap$" "\[\]struct \{ a rune \}\{\.\.\.\} escapes to heap$" "\.\.\. argument does not escape$"
}

func conversions(p P) {
	var n struct{ X, Y int }
	fmt.Println((struct{ X, Y int })(p) == n) // ERROR "\(struct \{ X int; Y int \}\)\(p\) == n escapes to heap$" "\.\.\. argument does not escape$"
	e := S("hello") // ERROR "\(\[\]byte\)\(\"hello\"\) escapes to heap$"
	fmt.Println(e) // ERROR "\.\.\. argument does not escape$" "e escapes to heap$"
}

func builtins(n int) {
	a := make([]struct{ a byte }, n) // ERROR "make\(\[\]struct \{ a byte \}, n\) escapes to heap$"
	b := new(struct{ a rune }) // ERROR "new\(struct \{ a rune \}\) escapes to heap$"
	c := make(chan B, 1)
	d := make(S, n) // ERROR "make\(\[\]byte, n\) escapes to heap$"
	g := make(map[string]interface{ String() string }) // ERROR "make\(map\[string\]interface \{ String\(\) string \}\) escapes to heap$"
	fmt.Println(a, b, c, d, g) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "d escapes to heap$"
}

func main() {
	table()
	literals()
	funcs()
	conversions(P{1, 2})
	builtins(3)
}
