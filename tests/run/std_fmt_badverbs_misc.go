// run

// Malformed format strings and verbs that do not fit their operands: gc's
// %!verb(type=value) notation, missing and extra operands, %!(NOVERB).
package main

import (
	"errors"
	"fmt"
)

type pair struct {
	a int
	b string
}

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x %X\n", true, false)
	fmt.Printf("%d\n", 2.5)
	fmt.Printf("%f\n", 7)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%q\n", 1.5)
	fmt.Printf("%z\n", 12)
	fmt.Printf("%d\n", pair{1, "x"})
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%s\n", map[string]int{"k": 1})
	fmt.Printf("%d\n", errors.New("boom"))
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "three")
	fmt.Printf("no verbs\n", 5)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%-")
	fmt.Println()
	fmt.Printf("%.")
	fmt.Println()
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%p\n", 5)
	fmt.Printf("%e\n", "x")
	fmt.Printf("%U\n", "x")
	fmt.Printf("%b\n", "hi")
	fmt.Printf("%t\n", nil)
	fmt.Printf("%w\n", errors.New("w in Printf"))
	s := fmt.Sprintf("%[3]d %[1]d", 1, 2)
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%v %v", []any{nil}, [1]any{}))
}
