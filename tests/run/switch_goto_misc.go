// run

package main

import "fmt"

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 {
	if c == nil {
		return 0
	}
	return 3 * c.R * c.R
}

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0 && n > 100:
		return "big even"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func grade(score int) (g string) {
	switch score / 10 {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
	case 7:
		g = "C"
		fallthrough
	case 6:
		g += "D"
	default:
		g = "F"
	}
	return
}

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case string:
		return "string of len " + fmt.Sprint(len(v))
	case []int:
		return fmt.Sprint("slice sum ", sum(v...))
	case error:
		return "error " + v.Error()
	case Shape:
		return fmt.Sprintf("shape %T area %.1f", v, v.Area())
	case func() int:
		return fmt.Sprint("func returning ", v())
	case map[string]int:
		return fmt.Sprint("map with ", len(v), " keys")
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func sum(xs ...int) (t int) {
	for _, x := range xs {
		t += x
	}
	return
}

func gotoLoop(n int) []int {
	var out []int
	i := 0
loop:
	if i < n {
		out = append(out, i*i)
		i++
		goto loop
	}
	return out
}

func findPair(grid [][]int, target int) (int, int, bool) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j, true
			}
		}
	}
	return -1, -1, false
}

func main() {
	for _, n := range []int{-5, 0, 7, 8, 102} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	for _, s := range []int{100, 95, 85, 75, 65, 30} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	var np *Circle
	var sh Shape
	things := []any{nil, 3, int64(4), "hello", []int{1, 2, 3}, fmt.Errorf("bad"), Rect{2, 3}, &Circle{1}, Square{Rect{2, 2}},
		func() int { return 9 }, map[string]int{"a": 1}, 2.5, np, sh}
	for _, t := range things {
		fmt.Println(describe(t))
	}
	fmt.Println(gotoLoop(5))
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(findPair(grid, 6))
	fmt.Println(findPair(grid, 10))

	// Switch with init and no tag; switch on types with duplicates in lists.
	switch x := len(grid); {
	case x > 2:
		fmt.Println("many rows", x)
	}
	// Switch on string.
	for _, cmd := range []string{"go", "stop", "", "GO"} {
		switch cmd {
		case "go", "GO":
			fmt.Print("moving ")
		case "stop":
			fmt.Print("halt ")
		default:
			fmt.Print("? ")
		}
	}
	fmt.Println()
	// break inside switch inside loop breaks the switch only.
	count := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			break
		default:
			count++
		}
	}
	fmt.Println("count", count)
	// labelled break out of switch inside loop.
	n := 0
outer:
	for {
		switch {
		case n >= 3:
			break outer
		}
		n++
	}
	fmt.Println("n", n)
	// switch with fallthrough into default placed in the middle.
	for _, v := range []int{1, 2, 3} {
		switch v {
		case 1:
			fmt.Print("one ")
			fallthrough
		default:
			fmt.Print("default ")
		case 3:
			fmt.Print("three ")
		}
	}
	fmt.Println()
	// Type switch with shadowed variable used in closure.
	var fs []func() string
	for _, t := range []any{1, "a", 2.5} {
		switch v := t.(type) {
		case int:
			fs = append(fs, func() string { return fmt.Sprint("int ", v+1) })
		case string:
			fs = append(fs, func() string { return "str " + v + v })
		default:
			fs = append(fs, func() string { return fmt.Sprintf("%T", v) })
		}
	}
	for _, f := range fs {
		fmt.Print(f(), "; ")
	}
	fmt.Println()
}
