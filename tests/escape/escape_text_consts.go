// errorcheck -0 -m -l

package main

// How gc prints what rgo's lowering rewrote: a method expression called
// (`Op.Apply(f, 2, 3)`, the receiver is the first argument already), a long
// string constant (go/constant keeps 69 characters and adds "..."), and a
// package-level []byte("...") that gc lays out as static data (no line).

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) } // ERROR "o does not escape$"

type Pt struct{ X, Y int }

func (p *Pt) Move(dx int) int { p.X += dx; return p.X } // ERROR "p does not escape$"

var table = []byte("HDR v2\x00\x00\nrec 1 alpha 10\nrec 2 beta -3\nbad\nrec 3 gamma x\nEND\n")

var runes = []rune("héllo, wörld")

func main() {
	add := Op(func(a, b int) int { return a + b }) // ERROR "func literal does not escape$"
	p := &Pt{1, 2} // ERROR "\&Pt\{\.\.\.\} does not escape$"
	fmt.Println(Op.Apply(add, 2, 3), (*Pt).Move(p, 4), add.Apply(1, 1)) // ERROR "Op\.Apply\(add, 2, 3\) escapes to heap$" "Op\.Apply\(add, 1, 1\) escapes to heap$" "\(\*Pt\)\.Move\(p, 4\) escapes to heap$" "\.\.\. argument does not escape$"
	fmt.Println(strings.Count("It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of foolishness", "it") + 1) // ERROR "strings\.Count\(\"It was the best of times, it was the worst of times, it was the age \.\.\., \"it\"\) \+ 1 escapes to heap$" "\.\.\. argument does not escape$"
	fmt.Println(len(table), len(runes), "a string constant that is exactly long enough to need shortening when printed") // ERROR "\"a string constant that is exactly long enough to need shortening whe\.\.\. escapes to heap$" "\.\.\. argument does not escape$" "len\(table\) escapes to heap$" "len\(runes\) escapes to heap$"
}
