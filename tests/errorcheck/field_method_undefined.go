// errorcheck

// Selectors naming fields and methods a type does not have.
package main

type Point struct {
	X, Y int
}

func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }

type Shape interface {
	Area() float64
}

func main() {
	p := Point{1, 2}
	_ = p.Z // ERROR "p\.Z undefined \(type Point has no field or method Z\)"
	_ = p.x // ERROR "p\.x undefined \(type Point has no field or method x, but does have field X\)"
	_ = p.norm() // ERROR "p\.norm undefined \(type Point has no field or method norm, but does have method Norm\)"
	p.Scale(2) // ERROR "p\.Scale undefined \(type Point has no field or method Scale\)"
	var s Shape
	_ = s.Perimeter() // ERROR "s\.Perimeter undefined \(type Shape has no field or method Perimeter\)"
	pp := &p
	_ = pp.W // ERROR "pp\.W undefined \(type \*Point has no field or method W\)"
	n := 3
	_ = n.X // ERROR "n\.X undefined \(type int has no field or method X\)"
}
