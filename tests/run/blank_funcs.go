// run

// Blank functions and methods (stringer's `func _()` constant checks) are
// type-checked but get no code.

package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
)

func _() {
	var x [1]struct{}
	_ = x[Red-0]
	_ = x[Green-1]
}

func _() {
	fmt.Println("never")
}

func _(a int) int { return a }

var _ = fmt.Sprint("init side effect")

func main() {
	fmt.Println(Red, Green)
}

type T struct{ n int }

func (T) _()           {}
func (t *T) _(x int)   { t.n = x }
func (t T) Get() int   { return t.n }

type Getter interface{ Get() int }

func init() {
	var g Getter = T{5}
	fmt.Println(g.Get())
}
