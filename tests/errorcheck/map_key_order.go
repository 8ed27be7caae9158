// errorcheck

// gc checks a map type's key for comparability once the statement that
// mentions it is checked, so the error takes its place among the
// function's other errors; with more than ten errors that decides which
// are shown. Unused variables are reported when the function ends.
package main

import "fmt"

type Shape interface {
	Area() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Circle struct{ R float64 }

func main() {
	var s Shape = Rect{1, 2}
	if c, ok := s.(Circle); ok { // ERROR "impossible type assertion: s.\(Circle\)"
		fmt.Println(c)
	}
	var n int
	_ = n.(int)          // ERROR "n \(variable of type int\) is not an interface"
	_ = n.(string)       // ERROR "n \(variable of type int\) is not an interface"
	var sh Shape = Circle{} // ERROR "Circle does not implement Shape"
	_ = sh
	var arr []string
	arr = append(arr, 1) // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to append"
	for i := 0; i < 10; i++ {
		var unused int
	}
	fmt.Println(arr[1.5]) // ERROR "1.5 \(untyped float constant\) truncated to int"
	var mm map[[]int]bool // ERROR "invalid map key type \[\]int"
	_ = mm
	var m2 map[func()]int // ERROR "invalid map key type func\(\)"
	_ = m2
	type T struct{}
	var t T
	t.Method() // ERROR "t.Method undefined"
	t.Other()  // ERROR "t.Other undefined" "too many errors"
}
