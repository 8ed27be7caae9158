// run

// %v, %+v and %#v of nested composites: structs inside slices, maps of
// structs, pointers, embedded structs, arrays and nil values.
package main

import "fmt"

type Point struct{ X, Y int }

type Shape struct {
	Name   string
	Pts    []Point
	Origin *Point
	Tags   map[string]int
	Meta   any
}

type Base struct{ ID int }

type Derived struct {
	Base
	Label string
	arr   [3]uint8
	next  *Derived
}

func main() {
	s := Shape{
		Name: "tri",
		Pts:  []Point{{0, 0}, {3, 0}, {0, 4}},
		Tags: map[string]int{"b": 2, "a": 1, "c": 3},
		Meta: []string{"x", "y"},
	}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Printf("%v\n", &s.Pts[1])
	s.Origin = &Point{1, 2}
	fmt.Println(*s.Origin, s.Origin != nil)
	fmt.Printf("%+v\n", *[]*Point{{5, 6}}[0])

	var empty Shape
	fmt.Printf("%v\n%+v\n", empty, empty)
	fmt.Printf("%#v\n", empty.Pts)
	fmt.Printf("%#v\n", empty.Tags)

	d := Derived{Base: Base{7}, Label: "d", arr: [3]uint8{1, 2, 3}}
	fmt.Printf("%v\n%+v\n", d, d)
	fmt.Printf("%#v\n", Point{-1, 1})
	fmt.Printf("%#v\n", []Point{{1, 2}})
	fmt.Printf("%#v\n", map[string]Point{"o": {}})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[int]string(nil), (*Point)(nil))
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.5, uint8(3))
	fmt.Printf("%#v\n", []any{1, "a", nil, 2.5, Point{}})

	grid := [][]int{{1, 2}, {3}, nil, {}}
	fmt.Println(grid, len(grid))
	fmt.Printf("%v %d %x\n", grid, grid, grid)

	m := map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}
	fmt.Println(m)
	mm := map[string][]int{"odd": {1, 3}, "even": {2, 4}, "none": nil}
	fmt.Printf("%v\n%+v\n", mm, mm)
	fmt.Println(map[bool]int{true: 1, false: 0}, map[float64]string{2.5: "x", -1: "y"})
	var ip *int
	var e error
	var a any
	fmt.Println(ip, e, a)
	fmt.Printf("%v %+v %d %s\n", ip, e, a, a)
}
