// run

// The println builtin writes to stderr; only the first stderr line and the
// exit status are checked, stdout must hold just the fmt output.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("to stdout")
	println("to stderr", 42, true, -7)
	print("no newline", 1, 2, "\n")
	fmt.Println("still stdout")
	os.Exit(4)
}
