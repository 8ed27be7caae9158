// hello.go: the first program rgo runs (`make run`).
package main

import "fmt"

// divmod returns the quotient and the remainder of a divided by b.
func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	greeting := "Hello" + ", " + "world!"
	fmt.Println(greeting)
	for i := 1; i <= 3; i++ {
		q, r := divmod(17, i+1)
		fmt.Println("17 divided by", i+1, "is", q, "remainder", r)
	}
}
