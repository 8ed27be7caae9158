// run

package main

import "fmt"

type Namer interface{ Name() string }

type Base struct{ id int }

func (b Base) Name() string   { return fmt.Sprintf("base%d", b.id) }
func (b *Base) SetID(id int)  { b.id = id }
func (b Base) Describe() string { return "I am " + b.Name() }

type Mid struct {
	Base
	tag string
}

type Top struct {
	*Mid
	level int
}

type Setter interface {
	SetID(int)
	Name() string
}

type Describer interface {
	Namer
	Describe() string
}

func show(n Namer) { fmt.Println(n.Name()) }

func main() {
	m := Mid{Base{1}, "m"}
	show(m)
	show(&m)
	var s Setter = &m
	s.SetID(7)
	fmt.Println(s.Name(), m.id)

	t := Top{&Mid{Base{3}, "t"}, 2}
	show(t)
	var s2 Setter = t
	s2.SetID(9)
	fmt.Println(t.Name(), t.Mid.Base.id)

	var d Describer = t
	fmt.Println(d.Describe())
	var n Namer = d
	fmt.Println(n.Name())

	// Method values and expressions of promoted methods.
	f := m.Name
	m.SetID(100)
	fmt.Println(f(), m.Name())
	g := Mid.Name
	fmt.Println(g(m))
	h := (*Mid).SetID
	h(&m, 5)
	fmt.Println(m.Name())
	k := t.SetID
	k(42)
	fmt.Println(t.Name())

	// Dynamic conversion finds promoted methods too.
	var a any = t
	if dd, ok := a.(Describer); ok {
		fmt.Println("dyn", dd.Describe())
	}
	var a2 any = m
	_, ok := a2.(Setter)
	fmt.Println("Mid value is Setter:", ok)
	_, ok = any(&m).(Setter)
	fmt.Println("*Mid is Setter:", ok)
}
