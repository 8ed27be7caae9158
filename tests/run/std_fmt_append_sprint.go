// run

// fmt.Append, Appendf, Appendln, Sprint/Sprintln spacing, Fprint and
// Fprintln return values, writing to several kinds of io.Writer.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

type counter struct{ n, calls int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

func main() {
	b := []byte("log: ")
	b = fmt.Append(b, "x", 1, 2, "y", 3.5)
	b = fmt.Appendf(b, " [%03d]", 7)
	b = fmt.Appendln(b, " end", true)
	fmt.Printf("%q\n", b)
	fmt.Printf("%q\n", fmt.Append(nil))
	fmt.Printf("%q\n", fmt.Appendln(nil))

	fmt.Printf("%q\n", fmt.Sprint("a", 1, 2, "b", nil, 3, 4.5, true, false))
	fmt.Printf("%q\n", fmt.Sprint(1, "a", 2))
	fmt.Printf("%q\n", fmt.Sprint([]int{1}, []int{2}, struct{}{}, struct{}{}))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, 2, "b"))
	fmt.Printf("%q\n", fmt.Sprintf("%d%%", 50))

	var c counter
	n, err := fmt.Fprint(&c, "abc", 12)
	fmt.Println(n, err, c.n, c.calls)
	n, err = fmt.Fprintln(&c, "abc", 12)
	fmt.Println(n, err, c.n, c.calls)
	n, err = fmt.Fprintf(&c, "%5d|%-5s|", 3, "x")
	fmt.Println(n, err, c.n, c.calls)

	var sb strings.Builder
	var bb bytes.Buffer
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d,", i)
		fmt.Fprint(&bb, i, i)
	}
	fmt.Println(sb.String(), bb.String())
	n, err = fmt.Fprintln(os.Stdout, "to", "stdout")
	fmt.Println(n, err)
	n, err = fmt.Print("print returns ", 2, "\n")
	fmt.Println(n, err)
	n, err = fmt.Println("println", "returns")
	fmt.Println(n, err)
	n, err = fmt.Printf("%s\n", "printf")
	fmt.Println(n, err)
	f, _ := os.Open("/dev/null")
	n, err = fmt.Fprintf(f, "into a read-only file")
	fmt.Println(n, err != nil)
	f.Close()
}
