// run

package main

import "fmt"

type Inner struct {
	Vals [3]int
	Tags []string
}

type Outer struct {
	ID    int
	In    Inner
	PIn   *Inner
	Pairs [2]struct{ A, B int }
}

func mutate(o Outer) Outer {
	o.ID++
	o.In.Vals[0] = 100
	o.In.Tags[0] = "shared"
	o.PIn.Vals[1] = 200
	o.Pairs[1].B = 9
	return o
}

func (o Outer) WithID(id int) Outer { o.ID = id; return o }
func (o *Outer) SetID(id int)        { o.ID = id }

func main() {
	shared := &Inner{Vals: [3]int{7, 8, 9}}
	a := Outer{ID: 1, In: Inner{Vals: [3]int{1, 2, 3}, Tags: []string{"x", "y"}}, PIn: shared}
	b := mutate(a)
	fmt.Println(a.ID, a.In.Vals, a.In.Tags, a.PIn.Vals, a.Pairs)
	fmt.Println(b.ID, b.In.Vals, b.In.Tags, b.PIn.Vals, b.Pairs)
	c := a.WithID(50)
	fmt.Println(a.ID, c.ID)
	a.SetID(60)
	fmt.Println(a.ID)
	arr := [2]Outer{a, b}
	arr2 := arr
	arr2[0].ID = -1
	arr2[1].In.Vals[2] = -2
	fmt.Println(arr[0].ID, arr[1].In.Vals, arr2[0].ID, arr2[1].In.Vals)
	sl := []Outer{a, b}
	for _, o := range sl {
		o.ID = 0
	}
	for i := range sl {
		sl[i].ID *= 2
	}
	fmt.Println(sl[0].ID, sl[1].ID)
	p := &sl[0]
	sl = append(sl, c) // reallocates: p still points at the old array
	p.ID = 999
	fmt.Println(sl[0].ID, p.ID)
	x, y := a, a
	x.In.Vals[0], y.In.Vals[0] = 11, 22
	fmt.Println(a.In.Vals[0], x.In.Vals[0], y.In.Vals[0])
	type Pt struct{ X, Y int }
	pts := []Pt{{1, 2}, {3, 4}}
	pts[0], pts[1] = pts[1], pts[0]
	fmt.Println(pts)
	m := [2][2]Pt{{{1, 1}, {2, 2}}, {{3, 3}, {4, 4}}}
	m[0], m[1] = m[1], m[0]
	fmt.Println(m)
}
