// errorcheck -0 -m -l

package main

import "fmt"

type Namer interface{ Name() string }

type Describer interface {
	Namer
	Describe() string
}

type Base struct{ id int }

func (b Base) Name() string     { return fmt.Sprint("base", b.id) } // ERROR "\.\.\. argument does not escape$" "\"base\" escapes to heap$" "b\.id escapes to heap$"
func (b Base) Describe() string { return "I am " + b.Name() }       // ERROR "\"I am \" \+ Base\.Name\(b\) escapes to heap$"
func (b *Base) Bump()           { b.id++ }                          // ERROR "b does not escape$"
func (b *Base) Tags() []string  { return []string{"base"} }         // ERROR "b does not escape$" "\[\]string\{\.\.\.\} escapes to heap$"

type Mid struct {
	Base
	tag string
}

type Top struct {
	*Mid
	level int
}

type Bumper interface{ Bump() }

// Interface calls whose receiver always holds one concrete type call the
// method directly, also when the type has it through embedded fields.
func promoted() {
	m := Mid{Base{1}, "m"}
	var s Namer = &m
	fmt.Println(s.Name()) // ERROR "devirtualizing s\.Name to \*Mid$" "\.\.\. argument does not escape$" "Base\.Name\(s\.\(\*Mid\)\.Base\) escapes to heap$"

	t := Top{&Mid{Base{3}, "t"}, 2} // ERROR "&Mid\{\.\.\.\} does not escape$"
	var d Describer = t             // ERROR "t does not escape$"
	fmt.Println(d.Describe())       // ERROR "devirtualizing d\.Describe to Top$" "\.\.\. argument does not escape$" "Base\.Describe\(d\.\(Top\)\.Mid\.Base\) escapes to heap$"
	var n Namer = d
	fmt.Println(n.Name()) // ERROR "devirtualizing n\.Name to Top$" "\.\.\. argument does not escape$" "Base\.Name\(n\.\(Top\)\.Mid\.Base\) escapes to heap$"

	var b Bumper = t // ERROR "t does not escape$"
	b.Bump()         // ERROR "devirtualizing b\.Bump to Top$"
	var tg interface{ Tags() []string } = &m
	fmt.Println(len(tg.Tags())) // ERROR "devirtualizing tg\.Tags to \*Mid$" "\.\.\. argument does not escape$" "len\(\(\*Base\)\.Tags\(tg\.\(\*Mid\)\.Base\)\) escapes to heap$"
}

func main() { promoted() }
