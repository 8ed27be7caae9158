// errorcheck

// Assignments between incompatible types.
package main

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 20
	var f Fahrenheit = c // ERROR "cannot use c \(variable of float64 type Celsius\) as Fahrenheit value in variable declaration"
	var n int = "ten" // ERROR "cannot use .ten. \(untyped string constant\) as int value in variable declaration"
	var s string
	s = 5 // ERROR "cannot use 5 \(untyped int constant\) as string value in assignment"
	x := 1 // ERROR "declared and not used: x"
	x = 2.5 // ERROR "cannot use 2\.5 \(untyped float constant\) as int value in assignment \(truncated\)"
	var b byte = 'é'
	var p *int = &s // ERROR "cannot use &s \(value of type \*string\) as \*int value in variable declaration"
	var sl []int = [3]int{1, 2, 3} // ERROR "cannot use \[3\]int\{…\} \(value of type \[3\]int\) as \[\]int value in variable declaration"
	_, _, _, _, _ = f, n, b, p, sl
}
