// run

package main

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	Name() string
}

type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }
func (s Square) Name() string     { return "square" }
func (c *Circle) Area() float64   { return 3 * c.R * c.R }
func (c *Circle) Perimeter() float64 {
	return 6 * c.R
}
func (c *Circle) Name() string { return "circle" }

type Counter struct {
	n    int
	hits map[string]int
}

func (c *Counter) Inc() int { c.n++; return c.n }
func (c Counter) Get() int  { return c.n }

type Grid [3][3]byte

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		sb.Write(row[:])
		sb.WriteByte('\n')
	}
	return sb.String()
}

func winner(g Grid) byte {
	lines := [8][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b, c := g[l[0][0]][l[0][1]], g[l[1][0]][l[1][1]], g[l[2][0]][l[2][1]]
		if a != '.' && a == b && b == c {
			return a
		}
	}
	return 0
}

func minimax(g *Grid, player byte, depth int, nodes *int) int {
	*nodes++
	if w := winner(*g); w != 0 {
		if w == 'X' {
			return 10 - depth
		}
		return depth - 10
	}
	best := -100
	if player == 'O' {
		best = 100
	}
	moved := false
	for i := range 3 {
		for j := range 3 {
			if g[i][j] != '.' {
				continue
			}
			moved = true
			g[i][j] = player
			next := byte('O')
			if player == 'O' {
				next = 'X'
			}
			s := minimax(g, next, depth+1, nodes)
			g[i][j] = '.'
			if player == 'X' && s > best || player == 'O' && s < best {
				best = s
			}
		}
	}
	if !moved {
		return 0
	}
	return best
}

func main() {
	shapes := []Named{Rect{3, 4}, Square{Rect{2, 2}}, &Circle{1}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%-7s %6.2f %6.2f %T\n", s.Name(), s.Area(), s.Perimeter(), s)
	}
	var sh Shape = Square{Rect{5, 1}}
	if n, ok := sh.(Named); ok {
		fmt.Println("named:", n.Name(), sh.(Square).Rect.Name())
	}
	_, isCircle := sh.(*Circle)
	fmt.Println(isCircle)

	c := Counter{}
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.n, get(), c.Get())
	fns := []func() int{c.Inc, c.Get}[0:1]
	fmt.Println(fns[0](), c.n)
	fg := Counter.Get
	fmt.Println(fg(c))

	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print("defer", n, " ") }(i)
	}
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2

	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	g[0][0], g[1][1] = 'X', 'O'
	nodes := 0
	fmt.Print(g)
	fmt.Println("minimax:", minimax(&g, 'X', 0, &nodes), "nodes:", nodes)

	vals := []uint64{0, 1, 0xff, 1 << 63, 0xdeadbeef}
	for _, v := range vals {
		fmt.Printf("%#x lz=%d tz=%d ones=%d len=%d rev=%#x rot=%#x\n", v, bits.LeadingZeros64(v), bits.TrailingZeros64(v),
			bits.OnesCount64(v), bits.Len64(v), bits.Reverse64(v), bits.RotateLeft64(v, 8))
	}
	hi, lo := bits.Mul64(0xffffffffffffffff, 3)
	sum, carry := bits.Add64(1<<63, 1<<63, 1)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(hi, lo, sum, carry, q, r, bits.ReverseBytes32(0x01020304), bits.Len8(5))
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 25}, {"Ed", 40}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	ints := []int{5, 2, 8, 1, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints, sort.SearchInts([]int{1, 3, 5, 7}, 5), sort.IsSorted(sort.IntSlice(ints)))
	m := map[[2]string]int{{"a", "b"}: 1, {"a", "a"}: 2, {"0", "z"}: 3}
	fmt.Println(m)
	type key struct {
		x int
		s string
	}
	mk := map[key]bool{{2, "a"}: true, {1, "b"}: false, {1, "a"}: true}
	fmt.Println(mk)
	fmt.Println(map[bool]int{true: 1, false: 0}, map[float64]string{2.5: "b", -1: "a"})
	var iface any = 3
	switch v := iface.(type) {
	case string, int:
		fmt.Printf("%T %v\n", v, v)
	}
	switch y := x * 2; {
	case y > 3:
		fmt.Println("big", y)
	default:
		fmt.Println("small", y)
	}
}
