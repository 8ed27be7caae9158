// errorcheck -0 -m -l

// gc prints the IR of an expression, at every depth: method calls as calls
// of the method expression (T.Str(t) + "y"), variadic calls with their
// implicit slice (fmt.Sprint(... argument...)), embedded fields spelled out
// (d.Base.name, the method value d.Base.Name), elided and unnamed literal
// types from the type (struct { A int; B int }{...}, []int{...}), and
// captured variables that hold a constant as the constant.

package main

import (
	"fmt"
	"strings"
)

type T struct{ s string }

func (t T) Str() string { return t.s } // ERROR "^leaking param: t to result ~r0 level=0$"

type Shape interface {
	Area() float64
	Name() string
}

type Base struct{ name string }

func (b *Base) Name() string { return b.name } // ERROR "^leaking param: b to result ~r0 level=1$"

type Dog struct {
	Base
	age int
}

func describe(s Shape) string { // ERROR "^leaking param: s$"
	return s.Name() + ": " + fmt.Sprint(s.Area()) // ERROR "^s\.Name\(\) \+ \": \" \+ fmt\.Sprint\(\.\.\. argument\.\.\.\) escapes to heap$" "^\.\.\. argument does not escape$" "^s\.Area\(\) escapes to heap$"
}

func join(parts []string) string { // ERROR "^parts does not escape$"
	sb := &strings.Builder{} // ERROR "^&strings\.Builder\{\} does not escape$"
	for _, p := range parts {
		sb.WriteString(p)
	}
	return strings.TrimSuffix(sb.String(), ",")
}

func nested(t T) { // ERROR "^t does not escape$"
	fmt.Println(t.Str() + "y") // ERROR "^\.\.\. argument does not escape$" "^T\.Str\(t\) \+ \"y\" escapes to heap$"
	s := strings.ToUpper(t.Str()) + "!" // ERROR "^strings\.ToUpper\(T\.Str\(t\)\) \+ \"!\" escapes to heap$"
	fmt.Println(s) // ERROR "^\.\.\. argument does not escape$" "^s escapes to heap$"
}

func embedded(d *Dog) { // ERROR "^leaking param content: d$"
	fmt.Println(d.name + "!") // ERROR "^\.\.\. argument does not escape$" "^d\.Base\.name \+ \"!\" escapes to heap$"
	f := d.Name // ERROR "^d\.Base\.Name does not escape$"
	fmt.Println(f()) // ERROR "^\.\.\. argument does not escape$" "^f\(\) escapes to heap$"
}

func literals() {
	adj := map[int][]int{1: {2, 3}, 2: {4}} // ERROR "^map\[int\]\[\]int\{\.\.\.\} does not escape$" "^\[\]int\{\.\.\.\} escapes to heap$"
	fmt.Println(len(adj)) // ERROR "^\.\.\. argument does not escape$" "^len\(adj\) escapes to heap$"
	p := struct {
		A int
		B int
	}{1, 2}
	fmt.Println(p) // ERROR "^\.\.\. argument does not escape$" "^p escapes to heap$"
	q := &struct{ X, Y float64 }{1, 2} // ERROR "^&struct \{ X float64; Y float64 \}\{\.\.\.\} does not escape$"
	fmt.Println(q.X) // ERROR "^\.\.\. argument does not escape$" "^q\.X escapes to heap$"
	items := []struct {
		Name string
		N    int
	}{{"a", 1}, {"b", 2}} // ERROR "^\[\]struct \{ Name string; N int \}\{\.\.\.\} does not escape$"
	fmt.Println(len(items)) // ERROR "^\.\.\. argument does not escape$" "^len\(items\) escapes to heap$"
	fs := []func() string{} // ERROR "^\[\]func\(\) string\{\} does not escape$"
	fmt.Println(len(fs)) // ERROR "^\.\.\. argument does not escape$" "^len\(fs\) escapes to heap$"
}

func captured() {
	k := 3
	f := func() { fmt.Println(k) } // ERROR "^func literal does not escape$" "^\.\.\. argument does not escape$" "^3 escapes to heap$"
	f()
	func() { fmt.Println(k + 1) }() // ERROR "^func literal does not escape$" "^\.\.\. argument does not escape$" "^k \+ 1 escapes to heap$"
	defer func() { fmt.Println("done", k) }() // ERROR "^func literal does not escape$" "^\.\.\. argument does not escape$" "^\"done\" escapes to heap$" "^3 escapes to heap$"
}

func main() {
	fmt.Println(describe(nil), join(nil)) // ERROR "^\.\.\. argument does not escape$" "^describe\(nil\) escapes to heap$" "^join\(nil\) escapes to heap$"
	nested(T{})
	embedded(&Dog{}) // ERROR "^&Dog\{\} does not escape$"
	literals()
	captured()
}
