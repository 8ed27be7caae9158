// run

package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Cat struct{ name string }

func (c *Cat) Speak() string { return c.name + " says meow" }

// Loud embeds an interface: its method set includes Speak.
type Loud struct {
	Speaker
	times int
}

func (l Loud) Shout() string {
	s := ""
	for i := 0; i < l.times; i++ {
		s += l.Speak() + "! "
	}
	return s
}

type Shouter interface {
	Speaker
	Shout() string
}

type Counter struct {
	Loud
	n int
}

func main() {
	l := Loud{Dog{"rex"}, 2}
	fmt.Println(l.Speak())
	fmt.Println(l.Shout())
	var sh Shouter = l
	fmt.Println(sh.Speak())
	sh = Loud{&Cat{"tom"}, 1}
	fmt.Println(sh.Shout())
	var sp Speaker = Counter{Loud{Dog{"fido"}, 1}, 0}
	fmt.Println(sp.Speak())
	f := sp.Speak
	fmt.Println(f())
	g := Loud.Speak
	fmt.Println(g(l))
	speakers := []Speaker{Dog{"a"}, &Cat{"b"}, l, Counter{l, 1}}
	for i, s := range speakers {
		fmt.Println(i, s.Speak())
	}
}
