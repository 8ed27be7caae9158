// errorcheck

// Type assertions and type-switch cases that can never succeed.
package main

type Shape interface {
	Area() float64
}

type Square struct{ side float64 }

func (s *Square) Area() float64 { return s.side * s.side }

type Circle struct{ r float64 }

func main() {
	var sh Shape = &Square{2}
	_ = sh.(Square) // ERROR "impossible type assertion: sh\.\(Square\)"
	_ = sh.(Circle) // ERROR "impossible type assertion: sh\.\(Circle\)"
	switch sh.(type) {
	case Circle: // ERROR "impossible type switch case: Circle"
	case *Square:
	}
}
