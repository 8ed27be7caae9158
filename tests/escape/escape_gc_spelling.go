// errorcheck -0 -m -l

package main

import (
	"fmt"
	"math"
	"unicode"
	"unicode/utf8"
)

type I interface{ Name() string }
type T struct{ s string }

func (t T) Name() string   { return t.s } // ERROR "leaking param: t to result ~r0 level=0$"
func (t *T) PName() string { return t.s } // ERROR "leaking param: t to result ~r0 level=1$"

//go:noinline
func get() I { return T{"a"} } // ERROR "T\{\.\.\.\} escapes to heap$"

func getT() T              { return T{"b"} }
func getP() *T             { return &T{"c"} } // ERROR "&T\{\.\.\.\} escapes to heap$"
func adder() func(int) int { return func(x int) int { return x + 1 } } // ERROR "func literal escapes to heap$"

type J interface{ Get() I }

func pair() (int, int)  { return 1, 2 }
func two() (int, bool)  { return 1, true }

func temps(j J, ch chan I) { // ERROR "ch does not escape$" "leaking param: j$"
	a, b := pair()
	fmt.Println(get().Name(), a, b) // ERROR "\.autotmp_6\.Name\(\) escapes to heap$" "\.\.\. argument does not escape$" "b escapes to heap$" "a escapes to heap$"
	fmt.Println(j.Get().Name()) // ERROR "\.autotmp_7\.Name\(\) escapes to heap$" "\.\.\. argument does not escape$"
	fmt.Println(getT().Name()) // ERROR "T\.Name\(getT\(\)\) escapes to heap$" "\.\.\. argument does not escape$"
	fmt.Println(getP().PName()) // ERROR "\(\*T\)\.PName\(getP\(\)\) escapes to heap$" "\.\.\. argument does not escape$"
	fmt.Println(adder()(5)) // ERROR "\.autotmp_8\(5\) escapes to heap$" "\.\.\. argument does not escape$"
	fmt.Println((<-ch).Name()) // ERROR "\.autotmp_9\.Name\(\) escapes to heap$" "\.\.\. argument does not escape$"
	x := 1
	fmt.Println(get().Name(), x) // ERROR "\.autotmp_11\.Name\(\) escapes to heap$" "\.\.\. argument does not escape$" "1 escapes to heap$"
	f := get().Name // ERROR "get\(\)\.Name does not escape$"
	fmt.Println(f()) // ERROR "\.\.\. argument does not escape$" "f\(\) escapes to heap$"
	fmt.Println(two()) // ERROR "\.\.\. argument does not escape$" "\.autotmp_14 escapes to heap$" "\.autotmp_13 escapes to heap$"
}

const shift = 3

func constants(u16 uint16, r rune) {
	fmt.Println(unicode.MaxRune, utf8.RuneError, unicode.MaxASCII, unicode.MaxLatin1) // ERROR "\.\.\. argument does not escape$" "'\\U0010ffff' escapes to heap$" "'\\x7f' escapes to heap$" "'ÿ' escapes to heap$" "'�' escapes to heap$"
	fmt.Println(math.Pi, math.MaxFloat64, 123456.789, 1e6, 0.1) // ERROR "\.\.\. argument does not escape$" "1\.79769e\+308 escapes to heap$" "123456\.789 escapes to heap$" "3\.14159 escapes to heap$" "1e\+06 escapes to heap$" "0\.1 escapes to heap$"
	fmt.Println(u16>>3, u16<<shift, u16>>uint8(1), 'a', '\n', r == utf8.RuneError) // ERROR "u16 >> uint8\(1\) escapes to heap$" "u16 >> uint\(3\) escapes to heap$" "u16 << uint\(3\) escapes to heap$" "\.\.\. argument does not escape$" "r == '�' escapes to heap$" "'\\n' escapes to heap$" "'a' escapes to heap$"
	fmt.Println([][]byte{{1}, {}}, map[string][]byte{"a": {1}}, []*T{{"x"}}) // ERROR "map\[string\]\[\]byte\{\.\.\.\} escapes to heap$" "\[\]\[\]byte\{\.\.\.\} escapes to heap$" "\.\.\. argument does not escape$" "\[\]byte\{\.\.\.\} escapes to heap$" "\[\]\*T\{\.\.\.\} escapes to heap$" "\[\]byte\{\} escapes to heap$" "&T\{\.\.\.\} escapes to heap$"
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func generic(n int) []Pair[string, int] {
	out := make([]Pair[string, int], 0, n) // ERROR "make\(\[\]Pair\[string,int\], 0, n\) escapes to heap$"
	out = append(out, Pair[string, int]{"a", 1}) // ERROR "append escapes to heap$"
	fs := make([]func(int) int, 0, n) // ERROR "make\(\[\]func\(int\) int, 0, n\) does not escape$"
	fs = append(fs, adder()) // ERROR "append does not escape$"
	return out
}

func main() {
	temps(nil, make(chan I, 1))
	constants(7, 'x')
	generic(2)
}
