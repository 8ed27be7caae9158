// run

// Reading all of standard input with io.ReadAll, then echoing it in
// reverse line order to stdout and a summary to stderr-free stdout.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	data, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "read:", err)
		os.Exit(1)
	}
	text := string(data)
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		fmt.Printf("%2d: %s\n", i+1, lines[i])
	}
	fmt.Println(len(data), "bytes,", len(lines), "lines,", len(strings.Fields(text)), "words")
	n, err := os.Stdin.Read(make([]byte, 8))
	fmt.Println(n, err)
	io.WriteString(os.Stdout, "done\n")
	os.Stdout.Write([]byte("bye\n"))
}
