// run

// String comparison operators are bytewise lexicographic.
package main

import "fmt"

func minString(a, b string) string {
	if a < b {
		return a
	}
	return b
}

func cmp(a, b string) int {
	if a < b {
		return -1
	} else if a > b {
		return 1
	}
	return 0
}

func main() {
	fmt.Println("a" < "b", "a" > "b", "a" == "a", "a" != "a")
	x := "apple"
	y := "apples"
	z := "banana"
	fmt.Println(x < y, y < z, x <= x, z >= y)
	fmt.Println(cmp(x, y), cmp(y, x), cmp(z, z), cmp("", x), cmp("Z", "a"))
	fmt.Println(minString(z, x), minString("abc", "abd"), minString("", "x"))
	fmt.Println("é" > "z", "abc" == "ab"+"c")
	p := "ab"
	q := p + "c"
	fmt.Println(q == "abc", q != "abd", len(q) == 3)
}
