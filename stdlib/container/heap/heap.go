// Package heap provides heap operations for any type that implements
// heap.Interface: a min-heap (by Less) kept in an array, where element i's
// children are 2i+1 and 2i+2, so the least element is always at index 0.
//
// rgo's container/heap, written in Go. Which elements trade places, and in
// what order Less and Swap are called, is observable by the caller's
// Interface methods (and by how ties end up ordered), so every operation
// makes exactly the comparisons and swaps gc's does: sift-up compares a
// node with its parent; sift-down picks the smaller child, preferring the
// left one on a tie, and stops as soon as the parent is not greater.
package heap

import "sort"

// Interface is sort.Interface plus Push and Pop, which add at and remove
// from the end of the underlying collection. Use the package's functions,
// not these methods, to keep the heap ordered.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

// Init establishes the heap invariant in O(n) by sifting down every inner
// node, last first. It may be called again whenever the invariant may have
// been broken.
func Init(h Interface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(h, i, n)
	}
}

// Push adds x to the heap in O(log n).
func Push(h Interface, x any) {
	h.Push(x)
	siftUp(h, h.Len()-1)
}

// Pop removes and returns the least element (by Less) in O(log n): the root
// trades places with the last element, which then sinks to its place, and
// the old root is popped off the end.
func Pop(h Interface) any {
	last := h.Len() - 1
	h.Swap(0, last)
	siftDown(h, 0, last)
	return h.Pop()
}

// Remove removes and returns element i in O(log n). The last element takes
// its place and sinks or rises as it must.
func Remove(h Interface, i int) any {
	last := h.Len() - 1
	if last != i {
		h.Swap(i, last)
		if !siftDown(h, i, last) {
			siftUp(h, i)
		}
	}
	return h.Pop()
}

// Fix restores the heap after element i's value changed, in O(log n); it
// is cheaper than Remove followed by Push.
func Fix(h Interface, i int) {
	if !siftDown(h, i, h.Len()) {
		siftUp(h, i)
	}
}

// siftUp moves element j toward the root while it is less than its parent.
func siftUp(h Interface, j int) {
	for {
		parent := (j - 1) / 2
		if parent == j || !h.Less(j, parent) {
			return
		}
		h.Swap(parent, j)
		j = parent
	}
}

// siftDown moves element start toward the leaves, within the first n
// elements, while a child is less than it. It reports whether the element
// moved.
func siftDown(h Interface, start, n int) bool {
	i := start
	for {
		child := 2*i + 1
		if child >= n || child < 0 { // child < 0: 2i+1 overflowed
			break
		}
		if right := child + 1; right < n && h.Less(right, child) {
			child = right
		}
		if !h.Less(child, i) {
			break
		}
		h.Swap(i, child)
		i = child
	}
	return i > start
}
