// run

// %v, %d, %x, %q and %T of slices, arrays, nested slices, slices of
// interfaces and errors, pointers and nil values (no structs or maps).
package main

import (
	"errors"
	"fmt"
)

type ints []int
type grid [2][3]int

func main() {
	s := []int{1, -2, 3}
	fmt.Println(s, []string{"a", "b c", ""}, []float64{0.5, 1e21, -0}, []bool{true, false})
	fmt.Printf("%v|%d|%x|%X|%o|%5d|%-4d|%+d\n", s, s, s, s, s, s, s, s)
	fmt.Printf("%q|%s|%x|% x\n", []string{"a", "b"}, []string{"a", "b"}, []string{"ab", "cd"}, []string{"ab", "cd"})
	fmt.Printf("%v %v %v\n", [3]int{1, 2, 3}, grid{{1, 2, 3}, {4, 5, 6}}, [][]string{{"x"}, {}, nil})
	fmt.Printf("%v %d %v\n", ints{4, 5}, ints(nil), []int{})
	fmt.Printf("%#v %#v %#v %#v\n", s, []string{"q"}, [2]bool{true}, ints{7})
	fmt.Printf("%#v %#v %#v %#v\n", []int(nil), []any{1, "a", nil}, [0]int{}, []float64{1, 2.5})
	fmt.Printf("%T %T %T %T %T %T\n", s, ints{}, grid{}, []any{}, [][]byte{}, [4]*int{})
	fmt.Println([]any{1, "two", 3.0, nil, []int{4}, true, 'x', errors.New("e")})
	fmt.Println([]error{nil, errors.New("oops")}, []*int{nil})
	var np *int
	var ni any
	var ne error
	var nf func()
	var ns []int
	fmt.Println(np, ni, ne, nf == nil, ns, ns == nil)
	fmt.Printf("%v %d %s %p %t\n", np, ni, ne, np, ns == nil)
	fmt.Printf("%v %+v %#v %T\n", ni, ne, ni, ni)
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 1.5, 'r', true, nil)
	fmt.Printf("%T %T %T %T\n", uint8(1), int64(2), float32(3), uintptr(4))
	fmt.Printf("%T %T %T\n", &s, np, fmt.Println)
	fmt.Printf("%T %T\n", errors.New("x"), fmt.Errorf("w %w", errors.New("x")))
	fmt.Printf("%6.2f|%-8.3v|%08.3f\n", []float64{1, 2.345}, []float64{3.14159}, []float64{-1.5})
	b := [][]byte{[]byte("hi"), nil}
	fmt.Printf("%v %s %q %x\n", b, b, b, b)
	fmt.Printf("%v %d %s\n", [3]byte{65, 66, 67}, [2]uint8{1, 2}, [3]byte{65, 66, 67})
	fmt.Printf("%c %U\n", []rune("hé"), []rune("hé"))
}
