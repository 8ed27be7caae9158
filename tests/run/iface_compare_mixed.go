// run

// Comparing values of two different interface types (`any == error`,
// a wide interface against a narrow one) compares dynamic types and values.
package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() int
	Name() string
}

type Namer interface{ Name() string }

type Square struct{ side int }

func (s Square) Area() int      { return s.side * s.side }
func (s Square) Name() string   { return "square" }
func (s *Square) Grow()         { s.side++ }
func (s *Square) Label() string { return fmt.Sprint("sq", s.side) }

func main() {
	err := errors.New("boom")
	var r any = err
	fmt.Println(r == err, r != err, err == r, err != r)
	other := errors.New("boom")
	fmt.Println(r == other, other == r)

	var s Shape = Square{3}
	var n Namer = Square{3}
	var n2 Namer = Square{4}
	fmt.Println(s == n, n == s, s == n2, n2 != s)
	var e any = Square{3}
	fmt.Println(e == s, n == e, e == n2)

	var nilShape Shape
	var nilNamer Namer
	var nilAny any
	fmt.Println(nilShape == nilNamer, nilAny == nilShape, nilNamer == nilAny, nilShape == n)

	p := &Square{5}
	var pn Namer = p
	var pa any = p
	fmt.Println(pn == pa, pa == pn)
	p.Grow()
	fmt.Println(pn == pa, pn.Name(), p.side)

	wrapped := fmt.Errorf("ctx: %w", err)
	var target any = errors.Unwrap(wrapped)
	fmt.Println(target == err, errors.Is(wrapped, err))

}
