// errorcheck -0 -m=2 -l

package main

type Node struct {
	Val  int
	Next *Node
}

func newNode(v int) *Node {
	return &Node{Val: v} // ERROR "&Node\{\.\.\.\} escapes to heap in newNode:$" "  flow: ~r0 ← &\{storage for &Node\{\.\.\.\}\}:$" "    from &Node\{\.\.\.\} \(spill\) at .*escape_m2_returns\.go:11:9$" "    from return &Node\{\.\.\.\} \(return\) at .*escape_m2_returns\.go:11:2$" "&Node\{\.\.\.\} escapes to heap$"
}

func push(head *Node, v int) *Node { // ERROR "parameter head leaks to \{heap\} for push with derefs=0:$" "  flow: \{heap\} ← head:$" "    from n\.Next = head \(assign\) at .*escape_m2_returns\.go:16:9$" "leaking param: head$"
	n := newNode(v)
	n.Next = head
	return n
}

func pair() (*int, *int) {
	a := 1 // ERROR "a escapes to heap in pair:$" "  flow: ~r0 ← &a:$" "    from &a \(address-of\) at .*escape_m2_returns\.go:23:9$" "    from return &a, &b \(return\) at .*escape_m2_returns\.go:23:2$" "moved to heap: a$"
	b := 2 // ERROR "b escapes to heap in pair:$" "  flow: ~r1 ← &b:$" "    from &b \(address-of\) at .*escape_m2_returns\.go:23:13$" "    from return &a, &b \(return\) at .*escape_m2_returns\.go:23:2$" "moved to heap: b$"
	return &a, &b
}

func first(n *Node) *Node { return n } // ERROR "parameter n leaks to ~r0 for first with derefs=0:$" "  flow: ~r0 ← n:$" "    from return n \(return\) at .*escape_m2_returns\.go:26:29$" "leaking param: n to result ~r0 level=0$"

func twice() (*int, *int) { return pair() }

func main() {
	var h *Node
	for i := 0; i < 3; i++ {
		h = push(h, i)
	}
	p, q := twice()
	println(first(h).Val, *p, *q)
}
