// run

// os.Exit with a non-zero status after some output.
package main

import (
	"fmt"
	"os"
)

func check(n int) bool {
	return n%7 != 0
}

func main() {
	for i := 1; i <= 10; i++ {
		if !check(i) {
			fmt.Println("bad value", i)
			os.Exit(3)
		}
		fmt.Println("ok", i)
	}
	fmt.Println("unreachable")
}
