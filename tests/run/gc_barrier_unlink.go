// run

// Nodes unlinked from long lists and relinked elsewhere while a collection
// may be marking: after `x := h.next; h.next = x.next` the only reference
// to x is in a local, and x is then stored into a freshly allocated box or
// spliced back into another list. An incremental collector that marks what
// was reachable when its cycle began must see the overwritten h.next (a
// write barrier on the deletion) or it frees x while the box holds it. The
// final walk checks that every node, and the payload only it points to,
// survived intact.

package main

import "fmt"

type node struct {
	next    *node
	id      int
	payload *[4]int
}

type box struct {
	n    *node
	tag  int
	prev *box
}

func main() {
	const lists, length = 32, 40
	heads := make([]*node, lists)
	id := 0
	for l := range heads {
		for i := 0; i < length; i++ {
			heads[l] = &node{next: heads[l], id: id, payload: &[4]int{id, id * 2, id * 3, id * 4}}
			id++
		}
	}
	var boxes *box
	nboxes, moved := 0, 0
	for round := 0; round < 6000; round++ {
		h := heads[(round*7)%lists]
		if h == nil || h.next == nil {
			continue
		}
		x := h.next
		h.next = x.next
		x.next = nil
		boxes = &box{n: x, tag: round, prev: boxes}
		nboxes++
		moved++
		if nboxes == 100 {
			// Splice every boxed node back into a list chosen by its id.
			for b := boxes; b != nil; b = b.prev {
				l := b.n.id % lists
				if heads[l] == nil {
					heads[l] = b.n
				} else {
					b.n.next = heads[l].next
					heads[l].next = b.n
				}
				b.n = nil
			}
			boxes, nboxes = nil, 0
		}
	}
	seen := make([]bool, id)
	count := 0
	check := func(n *node) {
		if n.id < 0 || n.id >= id || seen[n.id] {
			panic(fmt.Sprintf("node corrupted or duplicated: id %d", n.id))
		}
		p := n.payload
		if p[0] != n.id || p[1] != n.id*2 || p[2] != n.id*3 || p[3] != n.id*4 {
			panic(fmt.Sprintf("payload of node %d corrupted: %v", n.id, *p))
		}
		seen[n.id] = true
		count++
	}
	for _, h := range heads {
		for n := h; n != nil; n = n.next {
			check(n)
		}
	}
	for b := boxes; b != nil; b = b.prev {
		check(b.n)
	}
	fmt.Println("nodes", count, "of", id, "moves", moved)
}
