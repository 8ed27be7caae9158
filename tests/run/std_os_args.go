// run
// args: alpha "two words" -flag=3 ""

// os.Args holds the program name and the arguments as given.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println(len(os.Args))
	for i, a := range os.Args[1:] {
		fmt.Printf("%d %q\n", i+1, a)
	}
	fmt.Println(strings.HasPrefix(os.Args[3], "-"), os.Args[0] != "")
}
