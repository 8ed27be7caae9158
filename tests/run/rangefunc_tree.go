// run

// A binary search tree with an in-order iterator, used the way Go
// programmers use iterators: sums, early stop, searches that return from
// inside the loop body, and method values as the ranged-over function.

package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
	Val         string
}

func (t *Tree) Insert(k int, v string) *Tree {
	if t == nil {
		return &Tree{Key: k, Val: v}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k, v)
	} else if k > t.Key {
		t.Right = t.Right.Insert(k, v)
	} else {
		t.Val = v
	}
	return t
}

// All yields the keys and values in order, stopping when yield says so.
func (t *Tree) All(yield func(int, string) bool) {
	t.push(yield)
}

func (t *Tree) push(yield func(int, string) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.push(yield) && yield(t.Key, t.Val) && t.Right.push(yield)
}

// Keys yields the keys in order.
func (t *Tree) Keys(yield func(int) bool) {
	for k := range t.All {
		if !yield(k) {
			return
		}
	}
}

// Backward walks the tree in reverse order.
func (t *Tree) Backward() func(func(int, string) bool) {
	var walk func(n *Tree, yield func(int, string) bool) bool
	walk = func(n *Tree, yield func(int, string) bool) bool {
		if n == nil {
			return true
		}
		return walk(n.Right, yield) && yield(n.Key, n.Val) && walk(n.Left, yield)
	}
	return func(yield func(int, string) bool) {
		walk(t, yield)
	}
}

// Find returns the value for key k, returning from inside the loop.
func Find(t *Tree, k int) (string, bool) {
	for key, v := range t.All {
		if key == k {
			return v, true
		}
		if key > k {
			break
		}
	}
	return "", false
}

// FirstOver has named results set by a bare return inside the loop.
func FirstOver(t *Tree, min int) (key int, found bool) {
	for k := range t.Keys {
		if k > min {
			key, found = k, true
			return
		}
	}
	return -1, false
}

func main() {
	var t *Tree
	for i, w := range []string{"m", "c", "x", "a", "e", "q", "z", "d"} {
		t = t.Insert(int(w[0]-'a'), fmt.Sprint(w, i))
	}
	sum := 0
	for k := range t.Keys {
		sum += k
	}
	fmt.Println("sum", sum)

	for k, v := range t.All {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()

	n := 0
	for k, v := range t.Backward() {
		fmt.Print(k, ":", v, " ")
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println()

	for _, k := range []int{4, 5, 25, 100} {
		v, ok := Find(t, k)
		fmt.Println("find", k, v, ok)
	}
	fmt.Println(FirstOver(t, 10))
	fmt.Println(FirstOver(t, 30))

	// Every iteration has its own variables.
	var fs []func() string
	for k, v := range t.All {
		if k%2 == 0 {
			continue
		}
		fs = append(fs, func() string { return fmt.Sprint(k, v) })
	}
	for _, f := range fs {
		fmt.Print(f(), "; ")
	}
	fmt.Println()

	// Assigning to existing variables.
	var lastK int
	var lastV string
	for lastK, lastV = range t.All {
	}
	fmt.Println("last", lastK, lastV)
	count := 0
	for range t.Keys {
		count++
	}
	fmt.Println("count", count)
}
