// errorcheck

// Missing methods reported in returns and composite literals.
package main

import "fmt"

type Animal interface {
	Sound() string
	Legs() int
}

type Dog struct{}

func (Dog) Sound() string { return "woof" }

func newAnimal() Animal {
	return Dog{} // ERROR "cannot use Dog\{\} \(value of struct type Dog\) as Animal value in return statement: Dog does not implement Animal \(missing method Legs\)"
}

type stringer struct{ n int }

func (s *stringer) String() string { return fmt.Sprint(s.n) }

func main() {
	zoo := []Animal{Dog{}, &Dog{}} // ERROR "cannot use Dog\{\} \(value of struct type Dog\) as Animal value in array or slice literal: Dog does not implement Animal \(missing method Legs\)" "cannot use &Dog\{\} \(value of type \*Dog\) as Animal value in array or slice literal: \*Dog does not implement Animal \(missing method Legs\)"
	var s fmt.Stringer = stringer{1} // ERROR "cannot use stringer\{…\} \(value of struct type stringer\) as fmt\.Stringer value in variable declaration: stringer does not implement fmt\.Stringer \(method String has pointer receiver\)"
	_, _ = zoo, s
	newAnimal()
}
