// run

package main

import "fmt"

type T struct{ A int }
type S interface{ M() }

func main() {
	fmt.Printf("%T\n", struct{ X, Y int }{})
	fmt.Printf("%T\n", struct{}{})
	fmt.Printf("%T\n", struct{ T }{})
	fmt.Printf("%T\n", struct{ *T }{})
	fmt.Printf("%T\n", struct {
		X int `json:"x"`
	}{})
	fmt.Printf("%T\n", []interface{ M() }{})
	fmt.Printf("%T\n", []interface {
		M()
		N(int) string
	}{})
	fmt.Printf("%T\n", map[string]any{})
	fmt.Printf("%T\n", func(...int) (int, error) { return 0, nil })
	fmt.Printf("%T\n", []struct{ a []struct{} }{})
	var x any = struct{ a, b int }{1, 2}
	fmt.Printf("%v %+v %#v\n", x, x, x)
	_ = x.(int)
}
