// run

// Every verb applied to one value of each kind, as a grid: shows which
// verbs are accepted and gc's %!verb(type=value) text for the rest.
package main

import "fmt"

type S struct {
	A int
	B string
}

func main() {
	vals := []any{true, 42, -7, uint8(200), 3.5, "str", []byte("by"), 'x', S{1, "b"}, []int{1, 2}, map[string]int{"k": 1}, nil}
	verbs := "vdbocqxXUeEfFgGstT"
	for _, v := range vals {
		fmt.Printf("%-16T", v)
		for _, verb := range verbs {
			fmt.Printf(" %"+string(verb), v)
		}
		fmt.Println()
	}
}
