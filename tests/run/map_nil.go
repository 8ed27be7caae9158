// run

package main

import "fmt"

var global map[string][]int

func count(m map[int]int) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "x")
	clear(m)
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	fmt.Println(count(nil), global == nil, len(global["a"]))
	global = map[string][]int{}
	fmt.Println(global == nil, global != nil, len(global))
	var p *map[int]string
	p = new(map[int]string)
	fmt.Println(*p == nil, (*p)[5] == "")
}
