// errorcheck

// Struct composite literals with wrong fields or counts.
package main

type Point struct {
	X, Y int
}

type Named struct {
	Point
	Name string
}

func main() {
	_ = Point{1} // ERROR "too few values in struct literal of type Point"
	_ = Point{1, 2, 3} // ERROR "too many values in struct literal of type Point"
	_ = Point{X: 1, 2} // ERROR "mixture of field:value and value elements in struct literal"
	_ = Point{Z: 3} // ERROR "unknown field Z in struct literal of type Point"
	_ = Point{"a", 2} // ERROR "cannot use .a. \(untyped string constant\) as int value in struct literal"
	_ = Named{Point{1, 2}, "n"}
	_ = Point{X: "one"} // ERROR "cannot use .one. \(untyped string constant\) as int value in struct literal"
	var x int
	_ = x{1} // ERROR "x \(local variable\) is not a type"
}
