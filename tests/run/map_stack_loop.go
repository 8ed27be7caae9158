// run

package main

import "fmt"

func distinct(xs []int) int {
	seen := map[int]bool{}
	for _, x := range xs {
		seen[x] = true
	}
	return len(seen)
}

func main() {
	total := 0
	for round := 0; round < 1000; round++ {
		m := make(map[int]int)
		for i := 0; i < round%17; i++ {
			m[i] = round
		}
		lit := map[string]int{"r": round}
		if lit["r"] != round || len(m) != round%17 {
			fmt.Println("wrong", round)
		}
		for _, v := range m {
			total += v - round
		}
		total += len(m)
	}
	fmt.Println(total)
	fmt.Println(distinct([]int{1, 2, 2, 3, 3, 3}), distinct(nil))

	var keep []map[int]int
	for i := 0; i < 3; i++ {
		m := map[int]int{i: i}
		keep = append(keep, m)
	}
	for i, m := range keep {
		fmt.Println(i, len(m), m[i])
	}
}
