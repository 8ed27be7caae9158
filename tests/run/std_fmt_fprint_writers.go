// run

// Fprint, Fprintf and Fprintln into different io.Writers: os.Stdout,
// *strings.Builder, *bytes.Buffer, *bufio.Writer and a user type, with the
// byte counts they return.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct {
	writes int
	bytes  int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	c.bytes += len(p)
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, io.ErrClosedPipe }

func report(w io.Writer, name string, v int) (int, error) {
	return fmt.Fprintf(w, "%-8s|%6d|%6.2f%%\n", name, v, float64(v)/3)
}

func main() {
	var sb strings.Builder
	var bb bytes.Buffer
	cw := &countingWriter{}
	bw := bufio.NewWriter(os.Stdout)
	writers := []io.Writer{os.Stdout, &sb, &bb, cw, bw}
	for i, w := range writers {
		n, err := report(w, fmt.Sprint("w", i), i*100)
		fmt.Println(n, err)
	}
	bw.Flush()
	fmt.Print(sb.String(), bb.String())
	fmt.Println(cw.writes, cw.bytes)
	n, err := fmt.Fprintln(cw, "a", 1, true)
	fmt.Println(n, err, cw.writes, cw.bytes)
	n, err = fmt.Fprint(cw, 1, 2, 3)
	fmt.Println(n, err, cw.bytes)
	n, err = fmt.Fprintf(failWriter{}, "x%d", 1)
	fmt.Println(n, err)
	fmt.Fprintln(os.Stderr, "stderr is not in the golden")
	fmt.Fprintf(io.Discard, "%d", 5)
	w := io.MultiWriter(&sb, cw)
	fmt.Fprintf(w, "[%s]", "multi")
	fmt.Println(sb.String()[len(sb.String())-7:], cw.bytes)
}
