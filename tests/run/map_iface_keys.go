// run

package main

import (
	"errors"
	"fmt"
)

type Celsius float64

type Name string

type Pair struct {
	A int
	B string
}

type Shape interface {
	Area() int
}

type Square struct{ Side int }

func (s Square) Area() int { return s.Side * s.Side }

type Rect struct{ W, H int }

func (r *Rect) Area() int { return r.W * r.H }

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[uint8(1)] = "uint8 1"
	m["1"] = "string 1"
	m[Name("1")] = "Name 1"
	m[1.0] = "float 1"
	m[Celsius(1)] = "Celsius 1"
	m[true] = "bool"
	m[Pair{1, "x"}] = "pair"
	m[nil] = "nil"
	m[[2]int{1, 2}] = "array"
	fmt.Println(len(m))
	fmt.Println(m[1], m[int64(1)], m[uint8(1)], m["1"], m[Name("1")])
	fmt.Println(m[1.0], m[Celsius(1)], m[true], m[Pair{1, "x"}], m[nil], m[[2]int{1, 2}])
	_, ok := m[int32(1)]
	fmt.Println(ok, m[false] == "", m[Pair{1, "y"}] == "")
	m[1] = "int one"
	fmt.Println(m[1], len(m))
	delete(m, nil)
	delete(m, Pair{1, "x"})
	fmt.Println(len(m))

	e1 := errors.New("x")
	e2 := errors.New("x")
	errs := map[error]int{e1: 1, e2: 2}
	fmt.Println(len(errs), errs[e1], errs[e2])

	shapes := map[Shape]string{}
	shapes[Square{2}] = "square2"
	r := &Rect{2, 3}
	shapes[r] = "rect"
	shapes[&Rect{2, 3}] = "other rect"
	fmt.Println(shapes[Square{2}], shapes[r], len(shapes), shapes[Square{3}] == "")
	var s Shape
	shapes[s] = "nil shape"
	fmt.Println(shapes[nil], len(shapes))

	ptr := new(int)
	m[ptr] = "pointer"
	fmt.Println(m[ptr], m[new(int)] == "")
}
