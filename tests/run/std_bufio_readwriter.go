// run

// bufio.Reader over standard input: ReadString, ReadLine, ReadRune,
// Peek, Discard, Buffered; bufio.Writer output with Flush at the end.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 16)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	header, err := in.ReadString('\n')
	fmt.Fprintf(out, "header %q %v\n", header, err)
	p, err := in.Peek(4)
	fmt.Fprintf(out, "peek %q %v buffered=%d\n", p, err, in.Buffered())
	n, err := in.Discard(2)
	fmt.Fprintln(out, "discard", n, err)
	r, size, _ := in.ReadRune()
	fmt.Fprintf(out, "rune %q %d\n", r, size)
	in.UnreadRune()
	line, isPrefix, err := in.ReadLine()
	fmt.Fprintf(out, "line %q %t %v\n", line, isPrefix, err)
	// A line longer than the buffer comes back in pieces.
	for {
		line, isPrefix, err = in.ReadLine()
		if err != nil {
			fmt.Fprintln(out, "err", err)
			break
		}
		fmt.Fprintf(out, "piece %q prefix=%t\n", line, isPrefix)
		if !isPrefix {
			break
		}
	}
	b, err := in.ReadByte()
	fmt.Fprintf(out, "byte %q %v\n", b, err)
	in.UnreadByte()
	rest, err := io.ReadAll(in)
	fmt.Fprintf(out, "rest %q %v\n", rest, err)
	_, err = in.ReadString('\n')
	fmt.Fprintln(out, "after:", err)

	w := bufio.NewWriterSize(out, 8)
	fmt.Fprintln(out, w.Available(), w.Buffered(), w.Size())
	w.WriteString("abc")
	w.WriteByte('-')
	w.WriteRune('é')
	fmt.Fprintln(out, w.Available(), w.Buffered())
	w.WriteString(strings.Repeat("x", 10))
	fmt.Fprintln(out, "|", w.Buffered())
	w.Flush()
	fmt.Fprintln(out)
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("rw input\n")), out)
	s, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + s)
	rw.Flush()
}
