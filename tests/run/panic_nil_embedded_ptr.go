// run

package main

import "fmt"

type Base struct{ n int }

func (b *Base) Get() int { return b.n }

type Wrap struct {
	*Base
	tag string
}

type Getter interface{ Get() int }

func main() {
	w := Wrap{&Base{3}, "ok"}
	var g Getter = w
	fmt.Println(g.Get())
	w2 := Wrap{tag: "nil base"}
	g = w2
	fmt.Println("calling through nil embedded pointer")
	fmt.Println(g.Get())
}
