// errorcheck

// Range clauses over values that cannot be ranged over, or with too many variables.
package main

func main() {
	f := 1.5
	for range f { // ERROR "cannot range over f \(variable of type float64\)"
	}
	n := 10
	for i, j := range n { // ERROR "range over n \(variable of type int\) permits only one iteration variable"
		_, _ = i, j
	}
	var p *int
	for range p { // ERROR "cannot range over p \(variable of type \*int\)"
	}
	c := make(chan int)
	for a, b := range c { // ERROR "range over c \(variable of type chan int\) permits only one iteration variable"
		_, _ = a, b
	}
}
