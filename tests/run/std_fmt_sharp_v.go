// run

// %#v (Go syntax) and %+v of basic values, named types, pointers, slices
// and interfaces, and %x/%X/%o/%b with the # flag.
package main

import "fmt"

type color int
type name string
type flags uint8
type ratio float64

func main() {
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, -7, uint(7), int8(-1), uintptr(255))
	fmt.Printf("%#v %#v %#v %#v %#v %#v\n", 1.0, 1e21, 0.1, float32(2.5), -0.0, 1e-7)
	fmt.Printf("%#v %#v %#v %#v\n", "str", "quo\"te", "", "tab\t")
	fmt.Printf("%#v %#v %#v\n", true, false, 'x')
	fmt.Printf("%#v %#v %#v %#v\n", color(3), name("n"), flags(9), ratio(0.25))
	fmt.Printf("%#v %#v %#v\n", []color{1, 2}, []name{"a"}, [2]ratio{1, 1.5})
	var p *int
	var e error
	var a any = 5
	fmt.Printf("%#v %#v %#v %#v\n", p, e, a, []any{a, "s", nil})
	fmt.Printf("%+v %+v %+v\n", 3, "s", []int{1})
	fmt.Printf("%#x %#X %#o %#b %#O\n", 255, 255, 8, 5, 8)
	fmt.Printf("%#x %#X %# x %#q %#q\n", "hi", "hi", "hi", "back`q", "plain")
	fmt.Printf("%#v %#v\n", []byte("ab"), [3]byte{1, 2, 3})
	fmt.Printf("%#v %#v\n", uint8(200), []uint8{200})
	fmt.Printf("%#g %#.2g %#e %#f\n", 1.0, 100.0, 2.0, 3.0)
}
