// run

package main

import (
	"fmt"
	"math"
)

type Point struct {
	X, Y float64
}

type Named struct {
	Name string
	P    Point
	Tag  [2]string
}

type Mixed struct {
	a byte
	b int64
	c int16
	s string
}

func main() {
	nan := math.NaN()
	p, q := Point{1, 2}, Point{1, 2}
	fmt.Println(p == q, p != q)
	p.X = nan
	q.X = nan
	fmt.Println(p == q, p == p)
	z1, z2 := Point{0, 0}, Point{math.Copysign(0, -1), 0}
	fmt.Println(z1 == z2)
	n1 := Named{"a", Point{1, 1}, [2]string{"x", "y"}}
	n2 := n1
	fmt.Println(n1 == n2)
	n2.Tag[1] = "y" + ""
	fmt.Println(n1 == n2)
	n2.Tag[1] = "z"
	fmt.Println(n1 == n2)
	a1 := [3]float64{1, nan, 3}
	a2 := a1
	fmt.Println(a1 == a2)
	a3 := [3]float64{1, 2, 3}
	a4 := [3]float64{1, 2, 3}
	fmt.Println(a3 == a4)
	m1 := Mixed{1, 2, 3, "s"}
	m2 := Mixed{1, 2, 3, "s"}
	fmt.Println(m1 == m2)
	m2.s = "t"
	fmt.Println(m1 == m2)
	var i1, i2 any = n1, n1
	fmt.Println(i1 == i2)
	var i3, i4 any = p, p
	fmt.Println(i3 == i4)
	strs1 := [2]string{"ab", "c"}
	strs2 := [2]string{"a", "bc"}
	fmt.Println(strs1 == strs2)
	type E struct{}
	fmt.Println(E{} == E{})
	var ia, ib any = E{}, E{}
	fmt.Println(ia == ib)
}
