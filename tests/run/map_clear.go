// run

package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	clear(m)
	fmt.Println(len(m), m["a"])
	m["d"] = 4
	fmt.Println(len(m), m["d"])

	// clear during iteration ends the iteration.
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[i] = i
	}
	n := 0
	for range big {
		n++
		clear(big)
	}
	fmt.Println(n, len(big))
	big[1] = 1
	for k, v := range big {
		fmt.Println(k, v)
	}

	alias := m
	clear(alias)
	fmt.Println(len(m))
	var nilMap map[int]bool
	clear(nilMap)
	fmt.Println(len(nilMap))
}
