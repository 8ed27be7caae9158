// run

// Values of unnamed struct types written as literals, printed with %v,
// %+v, %#v and %T: a table of test cases as Go programmers write them.
package main

import "fmt"

func main() {
	cases := []struct {
		in   string
		want struct{ N, Len int }
	}{
		{"a", struct{ N, Len int }{1, 1}},
		{"héllo", struct{ N, Len int }{5, 6}},
	}
	for _, c := range cases {
		fmt.Printf("%v %+v\n", c, c.want)
	}
	p := struct {
		X, Y int
		Z    struct{ W string }
	}{1, 2, struct{ W string }{"w"}}
	fmt.Printf("%v %+v\n%#v\n%T\n", p, p, p, p)
}
