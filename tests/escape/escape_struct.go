// errorcheck -0 -m -l

package main

var sink any

type Point struct{ X, Y int }

type Node struct {
	next *Node
	val  int
}

func newPoint() *Point {
	return &Point{1, 2} // ERROR "&Point\{\.\.\.\} escapes to heap$"
}

func localPoint() int {
	p := &Point{1, 2} // ERROR "&Point\{\.\.\.\} does not escape$"
	return p.X
}

func newNode(v int) *Node {
	n := new(Node) // ERROR "new\(Node\) escapes to heap$"
	n.val = v
	return n
}

func localNew() int {
	n := new(Node) // ERROR "new\(Node\) does not escape$"
	return n.val
}

func linkNodes() int {
	a := &Node{val: 1} // ERROR "&Node\{\.\.\.\} does not escape$"
	b := &Node{val: 2, next: a} // ERROR "&Node\{\.\.\.\} does not escape$"
	return b.next.val
}

func storeInStruct(n *Node) { // ERROR "n does not escape$"
	x := &Node{} // ERROR "&Node\{\} escapes to heap$"
	n.next = x
}

func valueStruct() Point {
	p := Point{3, 4}
	return p
}

func addrOfLocal() *Point {
	var p Point // ERROR "moved to heap: p$"
	return &p
}

func addrOfLocalNoEscape() int {
	var p Point
	q := &p
	return q.X
}

func sinkStruct() {
	p := Point{1, 2}
	sink = p // ERROR "p escapes to heap$"
}

func sinkPtr() {
	sink = &Point{} // ERROR "&Point\{\} escapes to heap$"
}

type Pair struct{ a, b *int }

func pairLeak(x, y *int) Pair { return Pair{x, y} } // ERROR "leaking param: x to result ~r0 level=0$" "leaking param: y to result ~r0 level=0$"

func main() {}
