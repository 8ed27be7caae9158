// run

package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) InOrder(visit func(int)) {
	if n == nil {
		return
	}
	n.Left.InOrder(visit)
	visit(n.Val)
	n.Right.InOrder(visit)
}

func (n *Node) Height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.Left.Height(), n.Right.Height())
}

func (n *Node) String() string {
	if n == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", n.Left, n.Val, n.Right)
}


type DNode struct {
	key        string
	prev, next *DNode
}

type Deque struct {
	head, tail *DNode
	size       int
}

func (d *Deque) PushFront(k string) {
	n := &DNode{key: k, next: d.head}
	if d.head != nil {
		d.head.prev = n
	} else {
		d.tail = n
	}
	d.head = n
	d.size++
}

func (d *Deque) PushBack(k string) {
	n := &DNode{key: k, prev: d.tail}
	if d.tail != nil {
		d.tail.next = n
	} else {
		d.head = n
	}
	d.tail = n
	d.size++
}

func (d *Deque) PopFront() (string, bool) {
	if d.head == nil {
		return "", false
	}
	n := d.head
	d.head = n.next
	if d.head == nil {
		d.tail = nil
	} else {
		d.head.prev = nil
	}
	d.size--
	return n.key, true
}

func (d *Deque) String() string {
	var parts []string
	for n := d.head; n != nil; n = n.next {
		parts = append(parts, n.key)
	}
	return "[" + strings.Join(parts, " <-> ") + "]"
}

type Graph map[string][]string

func (g Graph) BFS(start string) []string {
	seen := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		order = append(order, cur)
		for _, nb := range g[cur] {
			if !seen[nb] {
				seen[nb] = true
				queue = append(queue, nb)
			}
		}
	}
	return order
}

func main() {
	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(v)
	}
	var vals []int
	root.InOrder(func(v int) { vals = append(vals, v) })
	fmt.Println(vals, root.Height())
	fmt.Println(root)
	sum := 0
	root.InOrder(func(v int) {
		if v%2 == 0 {
			sum += v
		}
	})
	fmt.Println("even sum", sum)

	d := &Deque{}
	for _, w := range []string{"b", "c", "d"} {
		d.PushBack(w)
	}
	d.PushFront("a")
	fmt.Println(d, d.size)
	for {
		k, ok := d.PopFront()
		if !ok {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println(d, d.size, d.head == nil, d.tail == nil)

	g := Graph{
		"a": {"b", "c"},
		"b": {"d"},
		"c": {"d", "e"},
		"d": {"f"},
		"e": {"f"},
	}
	fmt.Println(g.BFS("a"), g.BFS("e"), g.BFS("z"))

	// Cycle detection with pointers as map keys.
	n1 := &DNode{key: "1"}
	n2 := &DNode{key: "2", prev: n1}
	n1.next = n2
	n2.next = n1
	visited := map[*DNode]int{}
	for n, i := n1, 0; n != nil; n, i = n.next, i+1 {
		if j, ok := visited[n]; ok {
			fmt.Println("cycle at step", i, "back to", j, n.key)
			break
		}
		visited[n] = i
	}
}
