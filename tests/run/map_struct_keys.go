// run

package main

import (
	"fmt"
	"sort"
)

type Point struct {
	X, Y int
}

type Mixed struct {
	Small int8
	Big   int64
	Name  string
	W     float64
}

type Nested struct {
	P    Point
	Tag  string
	Flag bool
}

type WithBlank struct {
	A int
	_ int
	B string
}

func main() {
	grid := map[Point]rune{}
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			grid[Point{x, y}] = rune('a' + x*3 + y)
		}
	}
	fmt.Println(len(grid), string(grid[Point{1, 2}]), string(grid[Point{2, 0}]), grid[Point{5, 5}])

	mm := map[Mixed]int{}
	mm[Mixed{1, 2, "x", 0.5}] = 1
	mm[Mixed{1, 2, "x", 0.5}] += 10
	mm[Mixed{1, 2, "y", 0.5}] = 2
	mm[Mixed{Small: -1}] = 3
	k := Mixed{Small: 1, Big: 2, W: 0.5}
	k.Name = string([]byte{'x'})
	fmt.Println(len(mm), mm[k], mm[Mixed{Small: -1}], mm[Mixed{}])

	nested := map[Nested]string{
		{Point{1, 1}, "a", true}:  "first",
		{Point{1, 1}, "a", false}: "second",
	}
	fmt.Println(nested[Nested{Point{1, 1}, "a", true}], nested[Nested{P: Point{1, 1}, Tag: "a"}], len(nested))

	wb := map[WithBlank]int{{A: 1, B: "b"}: 5}
	fmt.Println(wb[WithBlank{A: 1, B: "b"}])

	type key struct{ a, b string }
	named := map[key]int{}
	named[key{"x", "y"}] = 9
	fmt.Println(named[key{"x", "y"}], named[key{"y", "x"}])

	var pts []Point
	for p := range grid {
		if p.X == p.Y {
			pts = append(pts, p)
		}
	}
	sort.Slice(pts, func(i, j int) bool { return pts[i].X < pts[j].X })
	fmt.Println(pts)
}
