// stdcheck: mask-addresses

// Differential test: fmt on composite values (structs, pointers, nested
// slices and arrays, interfaces in fields, embedded fields, methods on
// elements).
package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type named struct {
	Name  string
	Tags  []string
	inner *Point
	Any   any
	Err   error
	f     float64
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Embed struct {
	Point
	Label string
	Celsius
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

type List []int

func main() {
	p := Point{1, -2}
	pp := &p
	n := named{"n", []string{"a", "b"}, pp, 3.5, errors.New("boom"), 0.25}
	e := Embed{Point{3, 4}, "lbl", 21.5}
	t := &Tree{&Tree{nil, nil, 1}, nil, 2}
	values := []any{p, pp, n, &n, e, &e, t, *t, List{1, 2}, &List{3}, []Point{{1, 2}, {3, 4}}, []*Point{nil}, [2]Point{}, struct{}{}, &struct{ A []int }{[]int{7}}, []Celsius{1, 2.25}, map[string]int(nil), []any{Point{5, 6}, nil, Celsius(3)}, [][]any{{1, "x"}, nil}, struct {
		A int
		B string
	}{1, "two"}, &[]string{"s"}, &[2]bool{true}, []error{errors.New("e1")}}
	for _, v := range values {
		fmt.Printf("%v|%+v|%#v|%T\n", v, v, v, v)
		fmt.Printf("%d|%s|%x|%q|%5v|%-8v|\n", v, v, v, v, v, v)
	}
	fmt.Println(p, pp == nil, n.Tags, e, e.X, e.Celsius)
	fmt.Print(p, e, "\n")
	fmt.Println(fmt.Sprintf("%v", []any{&p}) != "", fmt.Sprintf("%p", pp) != "")
	fmt.Printf("%v %+v\n", struct {
		P *Point
		Q any
	}{nil, nil}, struct{ E error }{nil})
	fmt.Printf("%s\n", struct {
		B []byte
		S string
	}{[]byte("hi"), "s"})
	fmt.Printf("%x %X\n", Point{255, 16}, []Point{{10, 11}})
	fmt.Printf("%v %d\n", [3]byte{1, 2, 3}, [3]byte{1, 2, 3})
	fmt.Printf("%08.3f|%+v\n", []float64{3.14159, -2}, []Celsius{-40})
}
