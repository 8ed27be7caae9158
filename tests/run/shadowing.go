// run

// Shadowing in nested blocks, if/for init statements and parameters.
package main

import "fmt"

var x = "package"

func param(x int) int {
	x = x * 2
	return x
}

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := 2
		fmt.Println(x)
		{
			x := "inner"
			fmt.Println(x)
		}
		x++
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 10; x > 5 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	if y := x * 3; y < 0 {
		fmt.Println("neg", y)
	} else if z := y + 1; z > 3 {
		fmt.Println("z", y, z)
	}
	for x := 0; x < 2; x++ {
		x := x + 100
		fmt.Println("loop", x)
	}
	fmt.Println(param(21), x)
	x, w := 5, 6
	fmt.Println(x, w)
}
