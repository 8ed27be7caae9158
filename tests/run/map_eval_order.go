// run

package main

import "fmt"

var trace []string

func k(s string) string {
	trace = append(trace, "key "+s)
	return s
}

func v(n int) int {
	trace = append(trace, fmt.Sprint("val ", n))
	return n
}

func main() {
	m := map[string]int{}
	m[k("a")] = v(1)
	m[k("b")], m[k("c")] = v(2), v(3)
	fmt.Println(trace, len(m))
	trace = nil

	// The right-hand side grows the map before the store.
	g := map[int]int{}
	fill := func() int {
		for i := 100; i < 200; i++ {
			g[i] = i
		}
		return 7
	}
	g[1] = fill()
	fmt.Println(len(g), g[1], g[150])

	// A map literal evaluates entries in order.
	lit := map[string]int{k("x"): v(10), k("y"): v(20)}
	fmt.Println(trace, lit["x"]+lit["y"])
	trace = nil

	// Swapping values through parallel assignment.
	s := map[string]int{"p": 1, "q": 2}
	s["p"], s["q"] = s["q"], s["p"]
	fmt.Println(s["p"], s["q"])

	// The key is evaluated before the value changes it.
	i := 0
	idx := map[int]int{}
	idx[i], i = 5, 9
	fmt.Println(idx[0], idx[9], i)

	// An index key changed by the right-hand side.
	type pt struct{ x, y int }
	key := pt{1, 1}
	pm := map[pt]int{}
	change := func() int { key.x = 99; return 1 }
	pm[key] = change()
	fmt.Println(pm[pt{1, 1}], pm[pt{99, 1}])
}
