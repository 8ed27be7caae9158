// run

// Pointers to old objects that, for a while, live only in heap memory the
// program has just copied them into: a slice grown by append, a map that
// grows, a channel buffer, a struct field, an array copied with copy. Under
// an incremental collector each of those copies needs a write barrier; a
// missing one frees a live node, which the checks below (and the
// collector's stress modes) notice.

package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type node struct {
	id   int
	name string
	next *node
}

type holder struct {
	s    []*node
	m    map[int]*node
	ch   chan *node
	last *node
	arr  []*node
}

func check(what string, p *node, i int) {
	if p == nil || p.id != i || p.name != "n"+strconv.Itoa(i) {
		panic(what + ": node " + strconv.Itoa(i) + " corrupted")
	}
}

func main() {
	const n = 300
	h := &holder{}
	pool := make([]*node, n)
	for i := range pool {
		pool[i] = &node{id: i, name: "n" + strconv.Itoa(i)}
	}
	runtime.GC()
	garbage := 0
	for round := 0; round < 20; round++ {
		// Move every node into heap-only homes, dropping the pool's references.
		h.s = nil
		h.m = make(map[int]*node)
		h.ch = make(chan *node, n)
		for i := range pool {
			h.s = append(h.s, pool[i])
			h.m[i] = pool[i]
			h.ch <- pool[i]
			h.last = pool[i]
			pool[i] = nil
		}
		h.arr = make([]*node, n)
		copy(h.arr, h.s)
		// Churn, so that cycles start and run while the nodes move.
		for j := 0; j < 200; j++ {
			b := make([]byte, 64+j)
			garbage += len(b)
		}
		for i := 0; i < n; i++ {
			check("slice", h.s[i], i)
			check("map", h.m[i], i)
			check("array", h.arr[i], i)
			check("chan", <-h.ch, i)
		}
		check("field", h.last, n-1)
		// Back into the pool through a slice that is itself only in the heap.
		for i := range pool {
			pool[i] = h.m[i]
		}
	}
	fmt.Println("ok", len(pool), garbage)
}
