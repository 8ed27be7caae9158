// run

// bufio.Writer: buffering, Flush, Available/Buffered, WriteRune/Byte,
// writes larger than the buffer, and fmt.Fprintf into it.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	w := bufio.NewWriterSize(os.Stdout, 32)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("buffered ")
	w.WriteByte('#')
	w.WriteRune('ß')
	fmt.Println("(printed directly first)", w.Buffered())
	fmt.Println(w.Flush(), w.Buffered())
	w.WriteString("\n" + strings.Repeat("x", 70) + "\n")
	fmt.Fprintf(w, "%d squared is %d\n", 12, 144)
	w.Flush()
	var sb strings.Builder
	bw := bufio.NewWriter(&sb)
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(bw, "%d,", i)
	}
	fmt.Println(sb.Len() > 0, sb.Len() < 3890)
	bw.Flush()
	fmt.Println(sb.Len(), strings.HasSuffix(sb.String(), "998,999,"))
	out := bufio.NewWriter(os.Stdout)
	for i := 0; i < 5; i++ {
		fmt.Fprintln(out, "line", i)
	}
	out.Flush()
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(os.Stdout))
	s, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + s)
	rw.Flush()
}
