// run

// os.Exit ends the program at once with the given status; buffered output
// written before it through os.Stdout is not lost.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("before exit")
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
	fmt.Println("not reached")
}
