// run

package main

import "fmt"

func set(m map[string]int, k string, v int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%T: %v", r, r)
		}
	}()
	m[k] = v
	return nil
}

func main() {
	var m map[string]int
	fmt.Println(set(m, "a", 1))
	m = map[string]int{}
	fmt.Println(set(m, "a", 1), m["a"])
	var n map[int]bool
	n[1] = true
}
