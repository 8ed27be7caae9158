// run

// Indexing a string past its end panics with the index and the length.
package main

import "fmt"

func at(s string, i int) byte {
	return s[i]
}

func main() {
	s := "abc"
	for i := 0; i < 3; i += 2 {
		fmt.Println(i, at(s, i))
	}
	fmt.Println(at(s, 5))
}
