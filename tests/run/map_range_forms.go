// run

package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	n := 0
	for range m {
		n++
	}
	fmt.Println("count", n)

	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("sum", sum)

	var k string
	var v int
	total := 0
	for k, v = range m {
		total += v * len(k)
	}
	fmt.Println("total", total, len(k) == 1, v > 0)

	// break, continue and labels inside map loops.
	odd := 0
	for _, v := range m {
		if v%2 == 0 {
			continue
		}
		odd += v
	}
	fmt.Println("odd", odd)
	found := false
	for k := range m {
		if k == "c" {
			found = true
			break
		}
	}
	fmt.Println("found", found)
	pairs := 0
outer:
	for a, x := range m {
		for b, y := range m {
			if a == b || x > y {
				continue
			}
			if x+y > 6 {
				continue outer
			}
			pairs++
		}
	}
	fmt.Println("pairs", pairs)
	stop := 0
loop:
	for range m {
		for range m {
			stop++
			break loop
		}
	}
	fmt.Println("stop", stop)

	// Nested loops over the same map see every pair.
	all := 0
	for range m {
		for range m {
			all++
		}
	}
	fmt.Println("all", all)

	// Per-iteration variables: closures capture each iteration's key.
	var fs []func() string
	for k := range m {
		fs = append(fs, func() string { return k })
	}
	var got []string
	for _, f := range fs {
		got = append(got, f())
	}
	sort.Strings(got)
	fmt.Println(got)

	// Ranging over a map expression evaluated once.
	calls := 0
	get := func() map[string]int {
		calls++
		return m
	}
	for range get() {
	}
	fmt.Println("calls", calls)

	// Assigning to map elements in a range over another map.
	inv := map[int]string{}
	for k, v := range m {
		inv[v] = k
	}
	fmt.Println(inv[1], inv[2], inv[3], inv[4], len(inv))
}
