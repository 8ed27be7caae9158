// run

// Every printing flag combined with integer, float and string verbs.
package main

import "fmt"

func main() {
	flags := []string{"", "+", "-", "#", "0", " ", "+0", "-0", "# ", "+#"}
	verbs := []string{"d", "x", "X", "o", "O", "b", "c", "q", "U"}
	for _, v := range verbs {
		for _, f := range flags {
			format := "%" + f + "8" + v
			fmt.Printf("%-6s|"+format+"|"+format+"|\n", format, 42, -42)
		}
	}
	fverbs := []string{"e", "E", "f", "F", "g", "G"}
	for _, v := range fverbs {
		for _, f := range flags {
			format := "%" + f + "12.3" + v
			fmt.Printf("%-7s|"+format+"|"+format+"|\n", format, 3.14159, -0.000271828)
		}
	}
	for _, f := range flags {
		format := "%" + f + "8s"
		fmt.Printf("%-5s|"+format+"|\n", format, "go")
		format = "%" + f + "8q"
		fmt.Printf("%-5s|"+format+"|\n", format, "go")
		format = "%" + f + "10x"
		fmt.Printf("%-6s|"+format+"|\n", format, "go!")
	}
}
