// run

package main

import (
	"fmt"
	"strings"
)

func build(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("ab")
		b.WriteByte('c')
		b.WriteRune('é')
	}
	return b.String()
}

func main() {
	fmt.Println(build(3), len(build(100)))
	var g strings.Builder
	g.Grow(64)
	g.WriteString("hello")
	s := g.String()
	g.WriteString(", world")
	fmt.Println(s, g.String(), g.Len(), g.Cap() >= 64)
	g.Reset()
	fmt.Println(g.Len(), g.String() == "")
	var b strings.Builder
	b.WriteString("x")
	defer func() { fmt.Println("recovered:", recover()) }()
	c := b
	c.WriteString("y")
}
