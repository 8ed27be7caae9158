// run

package main

import "fmt"

type Node struct {
	name string
	next *Node
}

func main() {
	a := &Node{name: "a"}
	b := &Node{name: "b", next: a}
	c := &Node{name: "c", next: b}
	visits := map[*Node]int{}
	for n := c; n != nil; n = n.next {
		visits[n]++
	}
	for n := c; n != nil; n = n.next {
		visits[n]++
	}
	fmt.Println(len(visits), visits[a], visits[b], visits[c])
	other := &Node{name: "a"}
	fmt.Println(visits[other], len(visits))
	var nilNode *Node
	visits[nilNode] = 7
	fmt.Println(visits[nil], len(visits))

	xs := make([]int, 5)
	owner := map[*int]int{}
	for i := range xs {
		owner[&xs[i]] = i * 10
	}
	fmt.Println(len(owner), owner[&xs[3]], owner[&xs[0]])
}
