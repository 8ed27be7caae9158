// run

// Objects reachable only through globals, closures, interfaces, slices,
// strings and struct fields must survive many collections while lots of
// garbage is allocated around them.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	next *node
	val  int
	name string
}

type shape interface{ area() int }

type rect struct{ w, h int }

func (r *rect) area() int { return r.w * r.h }

var global *node
var shapes []shape

func counter() func() int {
	n := new(int)
	return func() int {
		*n++
		return *n
	}
}

func churn(rounds int) int {
	sum := 0
	for i := 0; i < rounds; i++ {
		b := make([]byte, 100+i%900)
		sum += len(b)
		p := &node{val: i}
		sum += p.val & 1
	}
	return sum
}

func main() {
	for i := 0; i < 1000; i++ {
		global = &node{next: global, val: i, name: fmt.Sprint("n", i)}
	}
	for i := 1; i <= 100; i++ {
		shapes = append(shapes, &rect{i, i + 1})
	}
	next := counter()
	parts := []string{}
	for i := 0; i < 200; i++ {
		parts = append(parts, strings.Repeat("x", i%7)+fmt.Sprint(i))
	}
	local := &node{val: 42, name: "local"}
	total := 0
	for round := 0; round < 20; round++ {
		total += churn(500)
		next()
		if round%5 == 0 {
			runtime.GC()
		}
	}
	sum, names := 0, 0
	for p := global; p != nil; p = p.next {
		sum += p.val
		names += len(p.name)
	}
	area := 0
	for _, s := range shapes {
		area += s.area()
	}
	joined := strings.Join(parts, ",")
	fmt.Println(sum, names, area, next(), len(joined), joined[len(joined)-10:])
	fmt.Println(local.val, local.name, total)
}
