// errorcheck

// Methods may only be declared on named non-pointer, non-interface types of the package.
package main

type I interface {
	M()
}

type P *int

type S struct{}

func (i I) M() {} // ERROR "invalid receiver type I \(pointer or interface type\)"

func (p P) Get() int { return *p } // ERROR "invalid receiver type P \(pointer or interface type\)"

func (x int) Double() int { return x * 2 } // ERROR "cannot define new methods on non-local type int"

func (s **S) Bad() {} // ERROR "invalid receiver type \*\*S"

func (s S) Good() {}

func main() {
	var s S
	s.Good()
}
