// run

// %#v with GoStringer implementations, Go-syntax output of nested values,
// typed nils, and how %v of the same values differs.
package main

import (
	"fmt"
	"strconv"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var names = [...]string{"Debug", "Info", "Warn"}

func (l Level) String() string {
	if int(l) < len(names) {
		return names[l]
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

func (l Level) GoString() string {
	if int(l) < len(names) {
		return "log." + names[l]
	}
	return "log.Level(" + strconv.Itoa(int(l)) + ")"
}

type Opt struct {
	Name  string
	Level Level
	Next  *Opt
	Vals  []float64
	Attrs map[string]any
}

type IP [4]byte

func (ip IP) GoString() string { return fmt.Sprintf("IP{%d,%d,%d,%d}", ip[0], ip[1], ip[2], ip[3]) }

func main() {
	fmt.Printf("%v %#v %s %d\n", Warn, Warn, Level(7), Info)
	fmt.Printf("%#v\n", []Level{Debug, Level(9)})
	o := Opt{Name: "x", Level: Info, Vals: []float64{1, 2.5, 1e21}, Attrs: map[string]any{"b": 2, "a": "s", "n": nil}}
	fmt.Printf("%#v\n", o)
	fmt.Printf("%v\n", o)
	fmt.Printf("%#v %#v\n", IP{127, 0, 0, 1}, []IP{{10, 0, 0, 1}})
	fmt.Printf("%#v %#v %#v %#v\n", int64(-1), uint(7), float32(2), 1e-9)
	fmt.Printf("%#v %#v %#v\n", 'x', "a\"b", []string{"q"})
	fmt.Printf("%#v %#v\n", struct{}{}, [0]int{})
	fmt.Printf("%#v %#v %#v\n", []any{nil, 1}, map[Level]bool{Warn: true, Debug: false}, (*Opt)(nil))
	fmt.Printf("%#x %#o %#q %#U\n", 255, 8, "raw", '⌘')
	fmt.Printf("%#v\n", [2][]int{{1}, nil})
	var e error
	var s fmt.Stringer
	fmt.Printf("%#v %#v\n", e, s)
}
