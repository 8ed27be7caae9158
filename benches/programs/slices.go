// slices: append growth, copying, sorting and binary search over slices.
package main

import (
	"fmt"
	"sort"
)

func main() {
	checksum := 0
	for round := 0; round < 30; round++ {
		var xs []int
		seed := uint32(round + 1)
		for i := 0; i < 100000; i++ {
			seed = seed*1664525 + 1013904223
			xs = append(xs, int(seed>>8))
		}
		ys := make([]int, len(xs))
		copy(ys, xs)
		sort.Ints(ys)
		for i := 0; i < 1000; i++ {
			j := sort.SearchInts(ys, xs[i])
			checksum += j
		}
		checksum += ys[len(ys)/2] % 1000
	}
	fmt.Println(checksum)
}
