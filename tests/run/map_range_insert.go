// run

package main

import "fmt"

func main() {
	// Entries added during iteration may or may not be produced, but every
	// entry present at the start is produced exactly once, and the loop ends.
	m := map[int]int{}
	for i := 0; i < 64; i++ {
		m[i] = i
	}
	seen := map[int]int{}
	for k := range m {
		seen[k]++
		if k < 64 {
			m[k+1000] = k
			m[k+2000] = k
		}
	}
	orig, dup := 0, 0
	for k, c := range seen {
		if k < 64 {
			orig++
		}
		if c != 1 {
			dup++
		}
	}
	fmt.Println(orig, dup, len(m))

	// Growth while ranging: values read are the current ones.
	g := map[string]int{"a": 1, "b": 2, "c": 3}
	total := 0
	for k, v := range g {
		total += v
		for i := 0; i < 100; i++ {
			g[fmt.Sprint(k, i)] = 0
		}
		g["a"], g["b"], g["c"] = 10, 20, 30
	}
	fmt.Println(total >= 6, total <= 60, g["a"]+g["b"]+g["c"], len(g) >= 303)

	// Updating values of entries not yet reached is visible.
	u := map[int]int{1: 1, 2: 1, 3: 1}
	sum := 0
	first := true
	for _, v := range u {
		if first {
			first = false
			sum += v
			for k := range u {
				u[k] = 100
			}
			continue
		}
		sum += v
	}
	fmt.Println(sum - 200)
}
