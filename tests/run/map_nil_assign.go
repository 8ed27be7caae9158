// run

package main

import "fmt"

type Registry struct {
	names map[string]int
}

func (r *Registry) Add(name string) {
	r.names[name]++
}

func main() {
	r := &Registry{}
	fmt.Println("before", len(r.names))
	r.Add("x")
	fmt.Println("unreachable")
}
