// run

// panic with a string value prints "panic: " and the message, exit status 2.
package main

import "fmt"

func validate(n int) {
	if n > 2 {
		panic("boom")
	}
	fmt.Println("valid", n)
}

func main() {
	for i := 0; i < 5; i++ {
		validate(i)
	}
}
