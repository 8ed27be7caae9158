// run

// Anonymous struct types are identical when their fields are: a value of
// one spelling is assignable to another, keys match in maps, and type
// assertions and switches see one type.
package main

import "fmt"

type Named struct{ A int }

func sum(ps []struct{ X, Y int }) int {
	t := 0
	for _, p := range ps {
		t += p.X * p.Y
	}
	return t
}

func pair() struct {
	Name string
	N    int
} {
	return struct {
		Name string
		N    int
	}{"seven", 7}
}

func main() {
	var a struct{ A int }
	b := struct{ A int }{3}
	a = b
	n := Named(a) // conversion between identical underlying types
	fmt.Println(a, b, n, a == b)

	tests := []struct{ X, Y int }{{1, 2}, {3, 4}}
	fmt.Println(sum(tests), sum([]struct{ X, Y int }{{5, 6}}))

	p := pair()
	var q struct {
		Name string
		N    int
	} = p
	fmt.Printf("%v %+v %T\n", p, q, q)

	m := map[struct{ A, B string }]int{{"x", "y"}: 1, {"y", "x"}: 2}
	fmt.Println(m[struct{ A, B string }{"x", "y"}], m[struct{ A, B string }{"y", "x"}], len(m))

	var i any = struct{ A int }{5}
	v, ok := i.(struct{ A int })
	_, isNamed := i.(Named)
	fmt.Println(v, ok, isNamed)
	switch x := i.(type) {
	case Named:
		fmt.Println("named", x)
	case struct{ A int }:
		fmt.Println("anonymous", x.A)
	}

	// Tags are part of the identity.
	var t1 any = struct {
		A int `json:"a"`
	}{1}
	_, same := t1.(struct{ A int })
	fmt.Println(same)
}
