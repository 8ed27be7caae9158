// run

package main

import "fmt"

type Inner struct {
	X, Y int
}

func (i Inner) Sum() int     { return i.X + i.Y }
func (i *Inner) Scale(k int) { i.X *= k; i.Y *= k }
func (i Inner) String() string {
	return fmt.Sprintf("Inner(%d,%d)", i.X, i.Y)
}

type Middle struct {
	Inner
	X int // shadows Inner.X
}

type Outer struct {
	*Middle
	Label string
}

type Vec [3]float64

func (v Vec) Dot(w Vec) float64 { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }
func (v *Vec) Add(w Vec) {
	for i := range v {
		v[i] += w[i]
	}
}

type Matrix [2][2]int

func (m Matrix) Mul(n Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * n[k][j]
			}
		}
	}
	return
}

func main() {
	m := Middle{Inner{1, 2}, 10}
	fmt.Println(m.X, m.Inner.X, m.Y, m.Sum())
	m.Scale(3)
	fmt.Println(m.X, m.Inner.X, m.Y, m.Sum())
	fmt.Println(m)
	fmt.Printf("%v %+v\n", m, m)
	o := Outer{&m, "o"}
	o.Scale(2)
	o.X = 99
	fmt.Println(m.Inner, m.X, o.Sum(), o.Y)
	fmt.Printf("%+v\n", *o.Middle)
	var st fmt.Stringer = o
	fmt.Println(st.String())

	v := Vec{1, 2, 3}
	v.Add(Vec{1, 1, 1})
	fmt.Println(v, v.Dot(v))
	vs := []Vec{{1, 0, 0}, {0, 1, 0}}
	for i := range vs {
		vs[i].Add(Vec{0, 0, 1})
	}
	for _, x := range vs {
		x.Add(Vec{100, 100, 100}) // copy
	}
	fmt.Println(vs)
	fib := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r, r == Matrix{{89, 55}, {55, 34}})
	// Anonymous structs and comparison
	p1 := struct {
		Name string
		Age  int
	}{"a", 1}
	p2 := struct {
		Name string
		Age  int
	}{"a", 1}
	fmt.Println(p1 == p2)
	// Arrays of structs compare element-wise
	type pt struct{ x, y float64 }
	a1 := [2]pt{{1, 2}, {3, 4}}
	a2 := a1
	a2[1].y = 4.0
	fmt.Println(a1 == a2)
	a2[1].y = -0.0
	a1[1].y = 0.0
	fmt.Println(a1 == a2)
	// Struct with blank fields and padding
	type padded struct {
		a byte
		_ int32
		b int64
		c bool
	}
	fmt.Println(padded{a: 1, b: 2, c: true} == padded{a: 1, b: 2, c: true})
	// Pointer to array indexing and range
	pa := &[4]int{1, 2, 3, 4}
	for i, x := range pa {
		pa[i] = x * x
	}
	fmt.Println(*pa, len(pa), pa[1:3])
}
