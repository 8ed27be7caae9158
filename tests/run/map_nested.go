// run

package main

import (
	"fmt"
	"sort"
)

func add(m map[string]map[string]int, a, b string) {
	inner, ok := m[a]
	if !ok {
		inner = map[string]int{}
		m[a] = inner
	}
	inner[b]++
}

func main() {
	m := map[string]map[string]int{}
	add(m, "x", "y")
	add(m, "x", "y")
	add(m, "x", "z")
	add(m, "w", "y")
	fmt.Println(len(m), len(m["x"]), m["x"]["y"], m["x"]["z"], m["w"]["y"], m["q"]["y"])
	var outer []string
	for k, inner := range m {
		for k2, v := range inner {
			outer = append(outer, fmt.Sprint(k, k2, v))
		}
	}
	sort.Strings(outer)
	fmt.Println(outer)
	m["x"]["y"] = 100
	fmt.Println(m["x"]["y"])
	delete(m["x"], "y")
	fmt.Println(len(m["x"]))

	matrix := map[int]map[int]float64{}
	for i := 0; i < 4; i++ {
		matrix[i] = map[int]float64{}
		for j := 0; j < 4; j++ {
			if i != j {
				matrix[i][j] = float64(i) / float64(j+1)
			}
		}
	}
	trace := 0.0
	for i := range matrix {
		trace += matrix[i][i]
	}
	fmt.Println(trace, matrix[3][1], len(matrix[2]))

	sets := map[string]map[int]struct{}{}
	sets["a"] = map[int]struct{}{1: {}, 2: {}}
	_, has := sets["a"][2]
	_, hasNot := sets["b"][2]
	fmt.Println(has, hasNot)
}
