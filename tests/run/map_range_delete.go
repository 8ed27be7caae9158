// run

package main

import "fmt"

func main() {
	// Deleting entries not yet reached: they must not be produced.
	m := map[int]bool{}
	for i := 0; i < 1000; i++ {
		m[i] = true
	}
	produced := 0
	for k := range m {
		produced++
		for j := 0; j < 1000; j++ {
			if j != k {
				delete(m, j)
			}
		}
	}
	fmt.Println(produced, len(m))

	// Deleting the current entry while ranging is allowed.
	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	seen := 0
	for k, v := range m2 {
		seen += v
		delete(m2, k)
	}
	fmt.Println(seen, len(m2))

	// Delete evens during iteration; odd entries are all produced once.
	m3 := map[int]int{}
	for i := 0; i < 500; i++ {
		m3[i] = i
	}
	count := map[int]int{}
	for k := range m3 {
		count[k]++
		if k%2 == 1 {
			delete(m3, k-1)
		}
	}
	twice, odd := 0, 0
	for k, c := range count {
		if c > 1 {
			twice++
		}
		if k%2 == 1 {
			odd++
		}
	}
	fmt.Println(twice, odd, len(m3) >= 250)
}
