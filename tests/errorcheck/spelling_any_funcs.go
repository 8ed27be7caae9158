// errorcheck

// any versus interface{}, function types with parameter names, and
// spellings in have/want lines, literals and return statements.
package main

import (
	"io"
	"strconv"
)

type W struct{}

func (W) Write(p []rune) (int, error) { return 0, nil }

type Rec struct {
	Name  []byte
	Score rune
	Extra interface{}
}

func parse(b []byte) (v any, err error) { return nil, nil }

func ret() []byte { return 'x', 1 } // ERROR "(?s)too many return values\n\thave \(number, number\)\n\twant \(\[\]byte\)"

func main() {
	var w io.Writer = W{} // ERROR "cannot use W\{\} \(value of struct type W\) as io\.Writer value in variable declaration: W does not implement io\.Writer \(wrong type for method Write\)\n\t\thave Write\(\[\]rune\) \(int, error\)\n\t\twant Write\(\[\]byte\) \(int, error\)"
	r := Rec{Name: "n", Score: "s"} // ERROR "cannot use .n. \(untyped string constant\) as \[\]byte value in struct literal" "cannot use .s. \(untyped string constant\) as rune value in struct literal"
	var e int = r.Extra // ERROR "cannot use r\.Extra \(variable of type interface\{\}\) as int value in variable declaration: need type assertion"
	v, _ := parse(nil)
	var n int = v // ERROR "cannot use v \(variable of interface type any\) as int value in variable declaration: need type assertion"
	m := map[byte]rune{"a": 'b'} // ERROR "cannot use .a. \(untyped string constant\) as byte value in map literal"
	var f func(int) = parse // ERROR "cannot use parse \(value of type func\(b \[\]byte\) \(v any, err error\)\) as func\(int\) value in variable declaration"
	parse(1, 2) // ERROR "(?s)too many arguments in call to parse\n\thave \(number, number\)\n\twant \(\[\]byte\)"
	strconv.AppendInt("s", 1, 10) // ERROR "cannot use .s. \(untyped string constant\) as \[\]byte value in argument to strconv\.AppendInt" "too many errors"
	_, _, _, _, _ = w, e, n, m, f
}
