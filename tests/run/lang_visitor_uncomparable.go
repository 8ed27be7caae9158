// run

package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

type Wrapper struct {
	Shape
	label string
}

type Visitor interface {
	VisitNum(n int) string
	VisitAdd(a, b Expr) string
}

type Expr interface{ Accept(v Visitor) string }
type NumE int
type AddE struct{ L, R Expr }

func (n NumE) Accept(v Visitor) string { return v.VisitNum(int(n)) }
func (a AddE) Accept(v Visitor) string { return v.VisitAdd(a.L, a.R) }

type printer struct{ depth int }

func (p *printer) VisitNum(n int) string { return fmt.Sprint(n) }
func (p *printer) VisitAdd(a, b Expr) string {
	p.depth++
	defer func() { p.depth-- }()
	return fmt.Sprintf("(%s + %s)@%d", a.Accept(p), b.Accept(p), p.depth)
}

type Matrix [][]float64

func Identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func gen(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i
		}
	}()
	return ch
}

func main() {
	area := Shape.Area
	fmt.Println(area(Sq(3)))
	w := Wrapper{Sq(2), "w"}
	fmt.Println(w.Area(), w.Shape.Area())
	var s Shape = w
	fmt.Println(s.Area())
	e := AddE{NumE(1), AddE{NumE(2), NumE(3)}}
	fmt.Println(e.Accept(&printer{}))
	arr1 := [2]any{1, "a"}
	arr2 := [2]any{1, "a"}
	fmt.Println(arr1 == arr2)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		a := [1]any{[]int{1}}
		b := [1]any{[]int{1}}
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		type S struct{ F any }
		fmt.Println(S{map[int]int{}} == S{map[int]int{}})
	}()
	fmt.Println(Identity(3))
	total := 0
	for v := range gen(100) {
		total += v
	}
	fmt.Println(total)
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		sb.WriteString(fmt.Sprintf("%04d|", i%10000))
		if i%20 == 19 {
			sb.WriteByte('\n')
		}
	}
	out := sb.String()
	fmt.Print(out[:100], "...", len(out), "\n")
	var x uint8 = 1
	fmt.Println(x<<7, x<<8, int8(x<<7), -1>>1, uint32(1<<31)>>31)
	const shift = 3
	var y int64 = -16
	fmt.Println(y>>shift, y<<shift, uint64(y)>>60)
	type Celsius float64
	type Fahrenheit float64
	c := Celsius(100)
	f := Fahrenheit(c*9/5 + 32)
	fmt.Printf("%.1f %T %v\n", f, f, c)
	labels := map[bool]string{true: "yes", false: "no"}
	fmt.Println(labels[3 > 2], labels[len(labels) == 0])
}
