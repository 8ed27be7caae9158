// run

// fmt's error annotations: wrong verbs, missing and extra arguments, bad
// argument indexes, bad widths and a trailing percent.
package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, "x", 2.5)
	fmt.Printf("no verbs\n", true)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%.*d\n", "p", 5)
	fmt.Printf("%*d|\n", -6, 5)
	fmt.Printf("%-*d|\n", 6, 5)
	fmt.Printf("%d %s\n", nil, nil)
	fmt.Printf("%x\n", true)
	fmt.Printf("%f\n", "str")
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%s\n", errors.New("an error"))
	fmt.Printf("%e %g\n", 1, uint8(2))
	fmt.Printf("%c %U\n", "s", 1.5)
	fmt.Printf("%.2q %p\n", 65, 1)
	fmt.Println(fmt.Sprintf("%d %!d", 7))
}
