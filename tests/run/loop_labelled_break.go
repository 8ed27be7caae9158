// run

// Labelled break out of nested loops.
package main

import "fmt"

func main() {
	found := false
	fi, fj := 0, 0
outer:
	for i := 1; i < 50; i++ {
		for j := i; j < 50; j++ {
			if i*i+j*j == 25*25 {
				fi, fj = i, j
				found = true
				break outer
			}
		}
	}
	fmt.Println(found, fi, fj)

	steps := 0
search:
	for a := 0; ; a++ {
		for b := 0; b < 10; b++ {
			steps++
			if a*b == 42 {
				fmt.Println("a*b=42 at", a, b)
				break search
			}
			if b > a {
				break
			}
		}
	}
	fmt.Println("steps", steps)
}
