// run

package main

import "fmt"

func build(n int) map[int]string {
	m := make(map[int]string, n)
	for i := 0; i < n; i++ {
		m[i] = fmt.Sprint(i)
	}
	return m
}

func main() {
	for _, n := range []int{0, 1, 7, 8, 9, 100, 1000} {
		m := build(n)
		fmt.Println(n, len(m), m[n-1])
	}
	a := make(map[string]bool)
	b := make(map[string]bool, 0)
	var hint uint8 = 200
	c := make(map[string]bool, hint)
	d := make(map[int64]bool, int64(3))
	a["x"] = true
	b["x"] = true
	c["x"] = true
	d[3] = true
	fmt.Println(len(a), len(b), len(c), len(d))
}
