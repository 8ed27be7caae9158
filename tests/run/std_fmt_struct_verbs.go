// run

// Structs under non-%v verbs: each field formatted with the verb, nested
// structs and pointers at depth, embedded types and unexported fields.
package main

import "fmt"

type Inner struct {
	N    int
	Name string
}

type Outer struct {
	ID    uint16
	Ratio float64
	In    Inner
	Ptr   *Inner
	Tags  []string
	flag  bool
}

type Embeds struct {
	Inner
	Extra int
}

func main() {
	o := Outer{ID: 255, Ratio: 0.5, In: Inner{10, "ten"}, Tags: []string{"a", "b"}, flag: true}
	fmt.Printf("%d\n", o)
	fmt.Printf("%x\n", o)
	fmt.Printf("%X\n", o)
	fmt.Printf("%o\n", o)
	fmt.Printf("%s\n", o)
	fmt.Printf("%q\n", o)
	fmt.Printf("%5v|\n", o)
	fmt.Printf("%+d\n", o)
	fmt.Printf("%.1f\n", o)
	fmt.Printf("%t\n", o)
	e := Embeds{Inner{1, "one"}, 2}
	fmt.Printf("%v %+v\n", e, e)
	fmt.Printf("%#v\n", e)
	fmt.Println(e.N, e.Name, e.Inner)
	var anon struct {
		X, Y int
		Z    struct{ W string }
	}
	anon.X, anon.Y, anon.Z.W = 1, 2, "w"
	fmt.Printf("%v %+v\n", anon, anon)
	fmt.Printf("%#v\n", anon)
	fmt.Printf("%v %+v\n", struct{}{}, []struct{}{{}, {}})
}
