// errorcheck -0 -m -l

package main

var sink any
var gp *int

type Node struct {
	next *Node
	val  int
}

func id(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func id2(p *int) *int { return id(p) } // ERROR "leaking param: p to result ~r0 level=0$"

func toSink(p *int) { sink = p } // ERROR "leaking param: p$"

func viaId(p *int) { toSink(id(p)) } // ERROR "leaking param: p$"

func first(a, b *int) *int { return a } // ERROR "leaking param: a to result ~r0 level=0$" "b does not escape$"

func pick(c bool, a, b *int) *int { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	if c {
		return a
	}
	return b
}

func chain() int {
	x := 1
	y := 2
	p := first(&x, &y)
	return *p
}

func chainLeak() {
	x := 1 // ERROR "moved to heap: x$"
	gp = id2(&x)
}

func chainNoLeak() int {
	x := 1
	return *id2(&x)
}

func derefTwice(pp **int) int { return **pp } // ERROR "pp does not escape$"

func loadPtr(pp **int) *int { return *pp } // ERROR "leaking param: pp to result ~r0 level=1$"

func useLoad() *int {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	return loadPtr(&p)
}

func newNode(v int) *Node { return &Node{val: v} } // ERROR "&Node\{\.\.\.\} escapes to heap$"

func listLen(n *Node) int { // ERROR "n does not escape$"
	c := 0
	for ; n != nil; n = n.next {
		c++
	}
	return c
}

func buildList(k int) int {
	var head *Node
	for i := 0; i < k; i++ {
		head = &Node{next: head, val: i} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	}
	return listLen(head)
}

func fact(n int, acc *int) { // ERROR "acc does not escape$"
	if n == 0 {
		return
	}
	*acc *= n
	fact(n-1, acc)
}

func useFact() int {
	r := 1
	fact(5, &r)
	return r
}

func even(n int, p *int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		return true
	}
	return odd(n-1, p)
}

func odd(n int, p *int) bool { // ERROR "leaking param: p$"
	if n == 0 {
		gp = p
		return false
	}
	return even(n-1, p)
}

func treeInsert(t *Node, v int) *Node { // ERROR "leaking param: t$"
	if t == nil {
		return &Node{val: v} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	}
	t.next = treeInsert(t.next, v)
	return t
}

func swap(a, b *int) { *a, *b = *b, *a } // ERROR "a does not escape$" "b does not escape$"

func useSwap() int {
	x, y := 1, 2
	swap(&x, &y)
	return x - y
}

func storeInto(dst **int, src *int) { *dst = src } // ERROR "dst does not escape$" "leaking param: src$"

func useStoreInto() int {
	var p *int
	x := 5 // ERROR "moved to heap: x$"
	storeInto(&p, &x)
	return *p
}

func main() {
	x := 0
	id(&x)
	viaId(nil)
	chain()
	chainLeak()
	chainNoLeak()
	derefTwice(nil)
	useLoad()
	sink = newNode(1)
	buildList(3)
	useFact()
	even(2, nil)
	treeInsert(nil, 1)
	useSwap()
	useStoreInto()
}
