// run

// container/heap: a priority queue with update (Fix), Remove, ties, and the
// exact order of Less/Swap calls observed through a logging Interface.
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

// logged records every call, so the sequence of comparisons and swaps
// (which decides how equal keys end up ordered) is checked too.
type logged struct {
	keys []int
	tags []string
	log  *strings.Builder
}

func (l logged) Len() int { return len(l.keys) }
func (l logged) Less(i, j int) bool {
	fmt.Fprintf(l.log, "L%d%d ", i, j)
	return l.keys[i] < l.keys[j]
}
func (l logged) Swap(i, j int) {
	fmt.Fprintf(l.log, "S%d%d ", i, j)
	l.keys[i], l.keys[j] = l.keys[j], l.keys[i]
	l.tags[i], l.tags[j] = l.tags[j], l.tags[i]
}
func (l *logged) Push(x any) {
	l.keys = append(l.keys, x.(int))
	l.tags = append(l.tags, fmt.Sprint("p", x))
}
func (l *logged) Pop() any {
	n := len(l.keys) - 1
	k, t := l.keys[n], l.tags[n]
	l.keys, l.tags = l.keys[:n], l.tags[:n]
	return fmt.Sprint(k, t)
}

func main() {
	h := &IntHeap{5, 2, 8, 1, 9, 3}
	heap.Init(h)
	heap.Push(h, 0)
	heap.Push(h, 7)
	fmt.Println("min", (*h)[0], "len", h.Len())
	var out []int
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(int))
	}
	fmt.Println(out)

	items := map[string]int{"banana": 3, "apple": 2, "pear": 4, "kiwi": 1, "fig": 3}
	pq := make(PQ, 0)
	for _, name := range []string{"banana", "apple", "pear", "kiwi", "fig"} {
		heap.Push(&pq, &Item{value: name, priority: items[name]})
	}
	orange := &Item{value: "orange", priority: 1}
	heap.Push(&pq, orange)
	orange.priority = 5
	heap.Fix(&pq, orange.index)
	removed := heap.Remove(&pq, pq[len(pq)-1].index).(*Item)
	fmt.Println("removed", removed.value, removed.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%.2d:%s ", it.priority, it.value)
	}
	fmt.Println()

	var sb strings.Builder
	l := &logged{log: &sb}
	for i, k := range []int{4, 1, 4, 1, 3, 1, 4, 2, 2, 0} {
		l.keys = append(l.keys, k)
		l.tags = append(l.tags, fmt.Sprint("t", i))
	}
	heap.Init(l)
	fmt.Println(sb.String())
	sb.Reset()
	heap.Push(l, 1)
	heap.Fix(l, 3)
	fmt.Println(heap.Remove(l, 2), sb.String())
	sb.Reset()
	var order []string
	for l.Len() > 0 {
		order = append(order, heap.Pop(l).(string))
	}
	fmt.Println(order)
	fmt.Println(sb.Len() > 0)
}
