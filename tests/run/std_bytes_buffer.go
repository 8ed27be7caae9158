// run

// bytes.Buffer: writing, reading, Next, Truncate, Grow, Unread*, ReadFrom,
// WriteTo and use with fmt.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	fmt.Println(buf.Len(), buf.String() == "", buf.Cap())
	buf.WriteString("hello ")
	buf.Write([]byte("world\n"))
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Fprintf(&buf, " n=%d\nsecond line\nthird", 7)
	fmt.Println(buf.Len())
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	bl, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", bl, err)
	r, sz, err := buf.ReadRune()
	fmt.Println(r, sz, err, buf.UnreadRune(), buf.UnreadRune())
	b, err := buf.ReadByte()
	fmt.Println(b, err, buf.UnreadByte())
	fmt.Printf("%q\n", buf.Next(3))
	rest, err := buf.ReadString('#')
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err)

	b2 := bytes.NewBufferString("0123456789")
	b2.Truncate(5)
	fmt.Println(b2.String(), b2.Len())
	b2.Grow(100)
	fmt.Println(b2.Cap() >= 105, b2.String())
	p := make([]byte, 3)
	n, err := b2.Read(p)
	fmt.Println(n, err, string(p), b2.String())
	b2.Reset()
	n, err = b2.Read(p)
	fmt.Println(n, err, b2.Len())

	b3 := bytes.NewBuffer([]byte("prefix:"))
	k, err := b3.ReadFrom(strings.NewReader(strings.Repeat("x", 1000)))
	fmt.Println(k, err, b3.Len())
	w, err := bytes.NewBufferString("to stdout\n").WriteTo(os.Stdout)
	fmt.Println(w, err)
	var sink bytes.Buffer
	c, err := io.Copy(&sink, bytes.NewReader([]byte("through io.Copy")))
	fmt.Println(c, err, sink.String(), string(sink.Bytes()[:7]))
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())
	fmt.Println(string(sink.AvailableBuffer()) == "", sink.Available() >= 0)
}
