// run

package main

import "fmt"

type T struct{ name string }

func (t T) Rec() {
	fmt.Println(t.name, "recover:", recover())
}

func (t *T) PRec() {
	fmt.Println(t.name, "precover:", recover())
}

type Recoverer interface{ Rec() }
type PRecoverer interface{ PRec() }

func a() {
	var r Recoverer = T{"iface value"}
	defer r.Rec()
	panic("a")
}

func b() {
	var r PRecoverer = &T{"iface pointer"}
	defer r.PRec()
	panic("b")
}

func c() {
	defer func() { recover() }()
	m := T{"method value"}.Rec
	defer m()
	panic("c")
}

func d() {
	defer func() { recover() }()
	t := &T{"pmethod value"}
	m := t.PRec
	defer m()
	panic("d")
}

func main() {
	a()
	b()
	c()
	d()
}
