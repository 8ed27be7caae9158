// run

package main

import "fmt"

type Big struct {
	a, b, c, d, e int64
}

type Odd struct {
	a [3]byte
}

// Package-level slices live on the heap, so every growth goes through
// growslice (gc gives non-escaping appends a small stack buffer first).
var (
	ints  []int
	bs    []byte
	bigs  []Big
	odds  []Odd
	strs  []string
	keep  []any
)

func main() {
	last := -1
	for i := 0; i < 2000; i++ {
		ints = append(ints, i)
		if cap(ints) != last {
			fmt.Print(cap(ints), " ")
			last = cap(ints)
		}
	}
	fmt.Println()
	last = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != last {
			fmt.Print(cap(bs), " ")
			last = cap(bs)
		}
	}
	fmt.Println()
	last = -1
	for i := 0; i < 300; i++ {
		bigs = append(bigs, Big{})
		if cap(bigs) != last {
			fmt.Print(cap(bigs), " ")
			last = cap(bigs)
		}
	}
	fmt.Println()
	last = -1
	for i := 0; i < 300; i++ {
		odds = append(odds, Odd{})
		if cap(odds) != last {
			fmt.Print(cap(odds), " ")
			last = cap(odds)
		}
	}
	fmt.Println()
	strs = append(strs, "a", "b", "c", "d", "e")
	fmt.Println(len(strs), cap(strs))
	strs = append(strs, strs...)
	fmt.Println(len(strs), cap(strs))
	x := append([]int{}, make([]int, 17)...)
	fmt.Println(len(x), cap(x))
	y := append([]int32(nil), 1, 2, 3)
	fmt.Println(len(y), cap(y))
	z := append(make([]int64, 5, 5), 1)
	fmt.Println(len(z), cap(z))
	w := append(make([]byte, 0, 3), "hello, world"...)
	fmt.Println(len(w), cap(w))
	u := append(make([]int, 300), make([]int, 400)...)
	fmt.Println(len(u), cap(u))
	v := make([]int, 0, 1000)
	for i := 0; i < 1001; i++ {
		v = append(v, i)
	}
	fmt.Println(len(v), cap(v))
	keep = append(keep, x, y, z, w, u, v)
}
