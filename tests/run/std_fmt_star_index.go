// run

// Widths and precisions taken from arguments (*), and explicit argument
// indexes ([n]).
package main

import "fmt"

func main() {
	for w := 0; w < 6; w++ {
		fmt.Printf("|%*d|%-*d|%*s|\n", w, 42, w, 42, w, "ab")
	}
	for p := 0; p < 5; p++ {
		fmt.Printf("|%.*f|%.*s|%*.*f|\n", p, 3.14159, p, "abcdef", 8, p, 2.71828)
	}
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]q\n", 65)
	fmt.Printf("%[3]s %[2]s %[1]s\n", "a", "b", "c")
	fmt.Printf("%[2]*[1]d|\n", 12, 5)
	fmt.Printf("%[1]*[2]d %d\n", 4, 7, 9)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%6.2f|%-8.3e|%+.1g\n", 1234.5678, 0.000123, 55.5)
}
