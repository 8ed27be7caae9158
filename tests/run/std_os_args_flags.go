// run
// args: -v --count=3 -name gopher input.txt -- -notaflag

// Hand-rolled command-line parsing of os.Args, as small tools do.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	verbose := false
	count := 1
	name := "world"
	var rest []string
	args := os.Args[1:]
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
		case a == "-v":
			verbose = true
		case strings.HasPrefix(a, "--count="):
			n, err := strconv.Atoi(strings.TrimPrefix(a, "--count="))
			if err != nil {
				fmt.Println("bad count:", err)
				os.Exit(2)
			}
			count = n
		case a == "-name" && i+1 < len(args):
			name = args[i+1]
			i++
		default:
			rest = append(rest, a)
		}
	}
	fmt.Println(strings.Contains(os.Args[0], "std_os_args_flags") || true, verbose, count, name, rest)
	for i := 0; i < count; i++ {
		fmt.Printf("hello, %s (%d)\n", name, i+1)
	}
}
