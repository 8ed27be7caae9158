// run

package main

import "fmt"

type memo struct {
	cache map[int]int
	calls int
}

func (m *memo) fib(n int) int {
	m.calls++
	if n < 2 {
		return n
	}
	if v, ok := m.cache[n]; ok {
		return v
	}
	v := m.fib(n-1) + m.fib(n-2)
	m.cache[n] = v
	return v
}

func counter() (func(string), func(string) int) {
	counts := make(map[string]int)
	return func(s string) { counts[s]++ }, func(s string) int { return counts[s] }
}

func main() {
	m := &memo{cache: map[int]int{}}
	fmt.Println(m.fib(90), m.fib(50), m.calls, len(m.cache))
	square := func(x int) int { return x * x }
	table := map[int]int{}
	fill := func(n int) {
		for i := 0; i < n; i++ {
			table[i] = square(i)
		}
	}
	fill(10)
	fmt.Println(len(table), table[9])
	inc, get := counter()
	inc("x")
	inc("x")
	inc("y")
	fmt.Println(get("x"), get("y"), get("z"))

	handlers := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(handlers["add"](3, 4), handlers["mul"](3, 4), handlers["div"] == nil)
	if h, ok := handlers["mul"]; ok {
		fmt.Println(h(6, 7))
	}
}
