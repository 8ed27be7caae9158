// errorcheck

// Conversions between types that are not convertible.
package main

type Celsius float64

type Meters struct{ v float64 }

func main() {
	s := "42"
	n := int(s) // ERROR "cannot convert s \(variable of type string\) to type int"
	_ = []int(s) // ERROR "cannot convert s \(variable of type string\) to type \[\]int"
	f := 1.5
	_ = string(f) // ERROR "cannot convert f \(variable of type float64\) to type string"
	b := true
	_ = int(b) // ERROR "cannot convert b \(variable of type bool\) to type int"
	_ = Celsius("hot") // ERROR "cannot convert .hot. \(untyped string constant\) to type Celsius"
	_ = Meters(f) // ERROR "cannot convert f \(variable of type float64\) to type Meters"
	var p *int
	_ = uintptr(p) // ERROR "cannot convert p \(variable of type \*int\) to type uintptr"
	_ = bool(1) // ERROR "cannot convert 1 \(untyped int constant\) to type bool"
	_ = n
}
