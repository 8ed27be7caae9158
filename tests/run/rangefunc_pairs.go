// run

// An insertion-ordered map with iterators over pairs, keys and values,
// named iterator types, nested loops with labelled break and continue,
// and goto out of a loop body.

package main

import (
	"fmt"
	"strings"
)

type Seq func(yield func(string) bool)
type Seq2 func(yield func(string, int) bool)

type OrderedMap struct {
	keys []string
	m    map[string]int
}

func NewOrderedMap() *OrderedMap { return &OrderedMap{m: map[string]int{}} }

func (o *OrderedMap) Set(k string, v int) {
	if _, ok := o.m[k]; !ok {
		o.keys = append(o.keys, k)
	}
	o.m[k] = v
}

func (o *OrderedMap) All() Seq2 {
	return func(yield func(string, int) bool) {
		for _, k := range o.keys {
			if !yield(k, o.m[k]) {
				return
			}
		}
	}
}

func (o *OrderedMap) Keys() Seq {
	return func(yield func(string) bool) {
		for k := range o.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func Filter(s Seq2, keep func(string, int) bool) Seq2 {
	return func(yield func(string, int) bool) {
		for k, v := range s {
			if keep(k, v) && !yield(k, v) {
				return
			}
		}
	}
}

func Repeat(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

func pairs(o *OrderedMap) string {
	var b strings.Builder
	for k, v := range o.All() {
		fmt.Fprintf(&b, "%s=%d ", k, v)
	}
	return b.String()
}

func firstPairSum(o *OrderedMap, want int) (string, string) {
	for a, x := range o.All() {
		for b, y := range o.All() {
			if a != b && x+y == want {
				return a, b
			}
		}
	}
	return "", ""
}

func main() {
	o := NewOrderedMap()
	for i, w := range strings.Fields("pear apple fig plum kiwi apple date") {
		o.Set(w, len(w)*10+i)
	}
	fmt.Println(pairs(o))
	for k := range o.Keys() {
		fmt.Print(k, " ")
	}
	fmt.Println()
	for k, v := range Filter(o.All(), func(k string, v int) bool { return v%2 == 0 }) {
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println()
	fmt.Println(firstPairSum(o, 72))
	fmt.Println(firstPairSum(o, 1000))

	// Labelled break and continue across nested range-over-func loops.
outer:
	for a, x := range o.All() {
		for b, y := range o.All() {
			if b == a {
				continue outer
			}
			if x+y > 100 {
				fmt.Println("stop at", a, b)
				break outer
			}
			fmt.Print(a, "+", b, " ")
		}
	}
	fmt.Println()

	// Break and continue of an ordinary loop from inside a range-over-func loop.
	found := 0
rows:
	for i := 0; i < 4; i++ {
		for k, v := range o.All() {
			if v%4 == i {
				found++
				continue rows
			}
			if i == 3 && k == "fig" {
				break rows
			}
		}
		fmt.Println("row", i, "none")
	}
	fmt.Println("found", found)

	// A switch inside the body: break leaves the switch only.
	for k, v := range o.All() {
		switch {
		case v > 50:
			break
		default:
			fmt.Print(k, " ")
		}
	}
	fmt.Println()

	// goto out of the loop.
	tries := 0
again:
	tries++
	for range Repeat(3) {
		if tries < 3 {
			goto again
		}
	}
	fmt.Println("tries", tries)

	times := 0
	for range Repeat(5) {
		times++
	}
	fmt.Println("times", times)

	var seq Seq = o.Keys()
	var all []string
	for k := range seq {
		all = append(all, strings.ToUpper(k))
	}
	fmt.Println(all)
}
