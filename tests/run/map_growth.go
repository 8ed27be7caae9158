// run

package main

import "fmt"

func main() {
	m := map[int]int{}
	const n = 200000
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	bad := 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*7]; !ok || v != i {
			bad++
		}
	}
	fmt.Println("bad", bad)
	for i := 0; i < n; i += 3 {
		delete(m, i*7)
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += k - 7*v
	}
	fmt.Println("sum", sum)
	for i := 0; i < n; i += 3 {
		m[i*7] = -1
	}
	fmt.Println(len(m), m[0], m[21], m[7])

	// Churn: insert and delete so that deleted slots must be reused.
	c := map[string]int{}
	for round := 0; round < 50; round++ {
		for i := 0; i < 100; i++ {
			c[fmt.Sprint(round, "-", i)] = i
		}
		for i := 0; i < 100; i++ {
			if i%10 != 0 {
				delete(c, fmt.Sprint(round, "-", i))
			}
		}
	}
	fmt.Println(len(c), c["49-90"], c["49-91"])
}
