// run

package main

import "fmt"

func point() struct{ X, Y int } { return struct{ X, Y int }{1, 2} }

func describe(p struct {
	X int
	Y int
}) string {
	return fmt.Sprintf("(%d,%d)", p.X, p.Y)
}

type Named struct{ X, Y int }

func main() {
	var p struct{ X, Y int } = point()
	q := struct {
		X int
		Y int
	}{3, 4}
	p = q
	fmt.Println(p, describe(p), describe(point()), p == q)
	n := Named(p)
	fmt.Println(n, struct{ X, Y int }(n) == p)
	m := map[struct{ X, Y int }]string{}
	m[q] = "q"
	m[point()] = "pt"
	fmt.Println(len(m), m[struct {
		X int
		Y int
	}{3, 4}])
	var anys []any
	anys = append(anys, p, q, n, point())
	fmt.Println(anys[0] == anys[1], anys[0] == anys[2], anys[3] == any(struct{ X, Y int }{1, 2}))
	fmt.Printf("%T | %T\n", anys[0], anys[2])
	switch v := anys[1].(type) {
	case struct{ X, Y int }:
		fmt.Println("anonymous", v.X+v.Y)
	case Named:
		fmt.Println("named")
	}
	tagged := struct {
		A int `json:"a"`
	}{1}
	plain := struct{ A int }{1}
	fmt.Println(tagged.A == plain.A, struct{ A int }(tagged) == plain)
	fs := []func() struct{ X, Y int }{point, func() struct{ X, Y int } { return q }}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
