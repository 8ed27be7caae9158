// errorcheck -0 -m -l

package main

import "fmt"

type Getter interface{ Get() int }

type Base struct{ n int }

func (b *Base) Get() int { return b.n } // ERROR "b does not escape$"

type Wrap struct {
	*Base
	tag string
}

type I interface{ M() int }
type A int

func (a A) M() int { return int(a) }

type E struct{ I }

type Speaker interface{ Speak() string }
type Loud struct{ Speaker }

func (l Loud) Shout() string { return l.Speaker.Speak() + "!" } // ERROR "l\.Speaker\.Speak\(\) \+ \"!\" escapes to heap$" "leaking param: l$"

type Dog struct{}

func (Dog) Speak() string { return "woof" }

func reassigned() {
	w := Wrap{&Base{3}, "a"} // ERROR "&Base\{\.\.\.\} does not escape$"
	var g Getter = w // ERROR "w does not escape$"
	fmt.Println(g.Get()) // ERROR "\(\*Base\)\.Get\(g\.\(Wrap\)\.Base\) escapes to heap$" "\.\.\. argument does not escape$" "devirtualizing g\.Get to Wrap$"
	w2 := Wrap{&Base{4}, "b"} // ERROR "&Base\{\.\.\.\} does not escape$"
	g = w2 // ERROR "w2 does not escape$"
	fmt.Println(g.Get()) // ERROR "\(\*Base\)\.Get\(g\.\(Wrap\)\.Base\) escapes to heap$" "\.\.\. argument does not escape$" "devirtualizing g\.Get to Wrap$"
}

func mixed(flag bool) {
	var g Getter = &Base{1} // ERROR "&Base\{\.\.\.\} escapes to heap$"
	if flag {
		g = Wrap{&Base{2}, "c"} // ERROR "&Base\{\.\.\.\} escapes to heap$" "Wrap\{\.\.\.\} escapes to heap$"
	}
	fmt.Println(g.Get()) // ERROR "\.\.\. argument does not escape$" "g\.Get\(\) escapes to heap$"
}

func embeddedIface() {
	e := E{A(5)} // ERROR "A\(5\) escapes to heap$"
	fmt.Println(e.M()) // ERROR "\.\.\. argument does not escape$" "e\.I\.M\(\) escapes to heap$"
	var ii I = e // ERROR "e does not escape$"
	fmt.Println(ii.M()) // ERROR "partially devirtualizing ii\.M to E$" "ii\.\(E\)\.I\.M\(\) escapes to heap$" "\.\.\. argument does not escape$"
	var sp Speaker = Loud{Dog{}} // ERROR "Loud\{\.\.\.\} does not escape$" "Dog\{\} escapes to heap$"
	fmt.Println(sp.Speak()) // ERROR "partially devirtualizing sp\.Speak to Loud$" "sp\.\(Loud\)\.Speaker\.Speak\(\) escapes to heap$" "\.\.\. argument does not escape$"
}

func commaOk() {
	var a any = Wrap{&Base{5}, "d"} // ERROR "&Base\{\.\.\.\} does not escape$" "Wrap\{\.\.\.\} does not escape$"
	if g, ok := a.(Getter); ok {
		fmt.Println(g.Get()) // ERROR "\(\*Base\)\.Get\(g\.\(Wrap\)\.Base\) escapes to heap$" "\.\.\. argument does not escape$" "devirtualizing g\.Get to Wrap$"
	}
	var b any = 7 // ERROR "7 escapes to heap$"
	if g, ok := b.(Getter); ok {
		fmt.Println(g.Get()) // ERROR "\.\.\. argument does not escape$" "g\.Get\(\) escapes to heap$"
	}
}

func main() {
	commaOk()
	reassigned()
	mixed(true)
	embeddedIface()
}
