// run

package main

import (
	"fmt"
	"os"
)

func main() {
	defer os.Exit(4)
	defer fmt.Println("deferred print runs first")
	panic("os.Exit in a deferred call ends the program before the report")
}
