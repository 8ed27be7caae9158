// errorcheck

// Struct types with duplicate or invalid fields.
package main

type Base struct{ ID int }

type P *Base

type T struct {
	Name string
	Name int // ERROR "Name redeclared"
	Base
	ID   int
	*P // ERROR "embedded field type cannot be a pointer"
	undefinedField // ERROR "undefined: undefinedField"
}

type U struct {
	Base
	*Base // ERROR "Base redeclared"
}

func main() {
	var t T
	var u U
	_, _ = t, u
}
