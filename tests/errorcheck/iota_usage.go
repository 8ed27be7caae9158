// errorcheck

// iota is only valid inside constant declarations.
package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

var x = iota // ERROR "cannot use iota outside constant declaration"

func main() {
	y := iota + 1 // ERROR "cannot use iota outside constant declaration"
	const z = iota
	println(Sunday, Monday, Tuesday, x, y, z)
}
