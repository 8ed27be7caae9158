// run

package main

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	var c Color = 2
	panic(c)
}
