// run

package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	A, B  Point
	Label string
}

type Node struct {
	Val  int
	Next *Node
}

type inner struct {
	f float64
	b bool
}

type Outer struct {
	Name  string
	in    inner
	Tags  []string
	Pts   [2]Point
	Ptr   *Point
	Any   any
	Err   error
	bytes []byte
}

type Celsius float64

type Temp struct {
	C Celsius
	U uint8
	R rune
}

type Embeds struct {
	Point
	*Temp
	Z int
}

func main() {
	p := Point{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println(&p)
	fmt.Printf("%v %+v\n", &p, &p)
	l := Line{Point{1, 2}, Point{3, 4}, "diag"}
	fmt.Println(l)
	fmt.Printf("%+v\n", l)
	n := &Node{1, &Node{2, nil}}
	fmt.Println(n.Val, *n.Next)
	fmt.Printf("%+v\n", *n.Next)
	o := Outer{Name: "o", in: inner{1.5, true}, Tags: []string{"a", "b"}, Pts: [2]Point{{1, 1}, {2, 2}}, Any: Point{5, 6}, bytes: []byte("hi")}
	fmt.Println(o)
	fmt.Printf("%+v\n", o)
	fmt.Println([]Point{{1, 2}, {3, 4}})
	fmt.Println([]*Point{})
	fmt.Println([2]Line{})
	fmt.Printf("%+v\n", []Point{{7, 8}})
	fmt.Println(Temp{36.6, 200, 'x'})
	fmt.Println(Embeds{Point{1, 2}, nil, 3})
	fmt.Printf("%+v\n", Embeds{Point: Point{1, 2}, Z: 3})
	fmt.Println(struct {
		A int
		B string
	}{1, "x"})
	var np *Point
	fmt.Println(np)
	fmt.Printf("%v %+v\n", np, np)
	fmt.Println(struct{}{})
	var ip any = &Line{Label: "ptr"}
	fmt.Println(ip)
	fmt.Printf("%s\n", Point{1, 2})
	fmt.Printf("%d\n", Point{3, 4})
	s := fmt.Sprint(Point{5, 6}, Point{7, 8})
	fmt.Println(s, len(s))
	fmt.Println([]any{Point{1, 1}, Line{}, nil})
}
