// iface: dynamic dispatch through interfaces, type switches and
// assertions over a slice of shapes.
package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ S float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return 3.14159 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14159 * c.R }
func (s Square) Area() float64       { return s.S * s.S }
func (s Square) Perimeter() float64  { return 4 * s.S }

func main() {
	shapes := make([]Shape, 0, 1000)
	for i := 0; i < 1000; i++ {
		switch i % 3 {
		case 0:
			shapes = append(shapes, Rect{float64(i % 7), float64(i % 11)})
		case 1:
			shapes = append(shapes, &Circle{float64(i % 5)})
		default:
			shapes = append(shapes, Square{float64(i % 13)})
		}
	}
	var area, perim float64
	circles := 0
	for round := 0; round < 20000; round++ {
		for _, s := range shapes {
			area += s.Area()
			perim += s.Perimeter()
			switch s.(type) {
			case *Circle:
				circles++
			}
		}
	}
	fmt.Printf("%.1f %.1f %d\n", area, perim, circles)
}
