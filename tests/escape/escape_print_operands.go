// errorcheck -0 -m -l

// How gc prints operands in -m lines: typed constants as conversions
// (State(1), byte(102)), method calls as method expressions with the
// receiver first (T.Val(t), (*strings.Builder).String(sb)), variadic
// arguments as the implicit slice; the order of lines is the order of
// gc's walk; a function literal that captures nothing is its own batch.

package main

import (
	"fmt"
	"strings"
	"time"
)

type State int

const Running State = 1
const N = 5
const M int = 6
const F = 2.5

type Celsius float64

type T struct{ a int }

func (t T) Val() int    { return t.a }
func (t *T) Ptr() int   { return t.a } // ERROR "^t does not escape$"
func (t T) Str() string { return "x" }

type I interface{ Val() int }

type E struct{ T }

func takeByte(b byte) any { return b } // ERROR "^b escapes to heap$"

func main() {
	fmt.Println(Running, N, M, F, Celsius(21.5), 'x', "s", true, 1<<40, -3, State(4), time.Second) // ERROR "^\.\.\. argument does not escape$" "^State\(1\) escapes to heap$" "^5 escapes to heap$" "^6 escapes to heap$" "^2\.5 escapes to heap$" "^Celsius\(21\.5\) escapes to heap$" "^'x' escapes to heap$" "^\"s\" escapes to heap$" "^true escapes to heap$" "^1099511627776 escapes to heap$" "^-3 escapes to heap$" "^State\(4\) escapes to heap$" "^time\.Duration\(1000000000\) escapes to heap$"
	fmt.Println(byte('f'), rune('g'), int8(-1), uint(7), float32(1.5), 1e100, 'λ', '\n') // ERROR "^\.\.\. argument does not escape$" "^byte\(102\) escapes to heap$" "^'g' escapes to heap$" "^int8\(-1\) escapes to heap$" "^uint\(7\) escapes to heap$" "^float32\(1\.5\) escapes to heap$" "^1e\+100 escapes to heap$" "^'λ' escapes to heap$" "^'\\n' escapes to heap$"
	var t T
	p := &t
	var i I = t // ERROR "^t does not escape$"
	var e E
	var sb strings.Builder
	fmt.Println(t.Val(), t.Ptr(), p.Val(), p.Ptr(), i.Val(), e.Val(), e.Ptr(), sb.String(), sb.Len()) // ERROR "^devirtualizing i\.Val to T$" "^\.\.\. argument does not escape$" "^T\.Val\(t\) escapes to heap$" "^\(\*T\)\.Ptr\(t\) escapes to heap$" "^T\.Val\(p\) escapes to heap$" "^\(\*T\)\.Ptr\(p\) escapes to heap$" "^T\.Val\(i\.\(T\)\) escapes to heap$" "^T\.Val\(e\.T\) escapes to heap$" "^\(\*T\)\.Ptr\(e\.T\) escapes to heap$" "^\(\*strings\.Builder\)\.String\(sb\) escapes to heap$" "^\(\*strings\.Builder\)\.Len\(sb\) escapes to heap$"
	_ = takeByte('f')
	x := []any{Running, 'q', Celsius(1)} // ERROR "^\[\]any\{\.\.\.\} does not escape$" "^State\(1\) does not escape$" "^'q' does not escape$" "^Celsius\(1\) does not escape$"
	_ = x
}

func more() {
	fmt.Println(int32(5), int32(-1), rune(0x1F600), uint8(200), int64(1), float64(3), false, string(rune(65)), -0.0, 1.0, 100.0/3) // ERROR "^\.\.\. argument does not escape$" "^int32\(5\) escapes to heap$" "^int32\(-1\) escapes to heap$" "^'😀' escapes to heap$" "^uint8\(200\) escapes to heap$" "^int64\(1\) escapes to heap$" "^3 escapes to heap$" "^false escapes to heap$" "^\"A\" escapes to heap$" "^0 escapes to heap$" "^1 escapes to heap$" "^33\.3333 escapes to heap$"
	d := time.Second
	fmt.Println(d.String(), d.Seconds()) // ERROR "^\.\.\. argument does not escape$" "^time\.Duration\.String\(d\) escapes to heap$" "^time\.Duration\.Seconds\(d\) escapes to heap$"
}
