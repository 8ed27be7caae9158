// run

// Print/Sprint add spaces only between operands when neither is a string;
// Println/Sprintln always separate operands and end with a newline.
package main

import (
	"fmt"
	"os"
)

type word string

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, "x", 2, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print(word("w"), word("v"), 1, word("u"), "\n")
	fmt.Println("a", "b", 1, 2, nil, 'x', word("w"))
	fmt.Println()
	s := fmt.Sprint(1, 2, 3) + "|" + fmt.Sprint("x", "y") + "|" + fmt.Sprint(1.5, "z", 2)
	fmt.Println(s, len(s))
	ln := fmt.Sprintln("end", 7)
	fmt.Printf("%q\n", ln)
	n, err := fmt.Println("count me")
	fmt.Println(n, err)
	n, err = fmt.Printf("%s=%d\n", "k", 10)
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stdout, "to stdout ", 1, 2, "\n")
	fmt.Println(n, err)
	b := fmt.Append([]byte("pre:"), 1, 2, "s")
	b = fmt.Appendf(b, "[%03d]", 7)
	b = fmt.Appendln(b, "done")
	fmt.Printf("%q\n", b)
	fmt.Print()
	fmt.Print("")
	fmt.Println(fmt.Sprint(), fmt.Sprintf(""), fmt.Sprintln() == "\n")
}
