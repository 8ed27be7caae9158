// run

// os.Exit ends the program at once: deferred calls do not run, buffered
// output not flushed is lost, and the status is the argument.
package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred: never printed")
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(w, "flushed line")
	w.Flush()
	fmt.Fprintln(w, "buffered, lost")
	fmt.Fprintln(os.Stderr, "fatal: giving up")
	if len(os.Args) > 0 {
		os.Exit(3)
	}
	fmt.Println("unreachable")
}
