// run

// bytes.Buffer as a growing byte queue: writes of every kind, reads,
// ReadString/ReadBytes, Next, Truncate, UnreadByte/UnreadRune and
// ReadFrom/WriteTo.
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
	buf.WriteString("line one\n")
	buf.Write([]byte("line two\n"))
	buf.WriteByte('>')
	buf.WriteRune('λ')
	fmt.Fprintf(&buf, " %d%%\n", 50)
	fmt.Println(buf.Len(), buf.String() != "")

	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	c, _ := buf.ReadByte()
	fmt.Printf("%q\n", c)
	fmt.Println(buf.UnreadByte(), buf.UnreadByte())
	r, size, _ := buf.ReadRune()
	fmt.Printf("%q %d\n", r, size)
	r, size, _ = buf.ReadRune()
	fmt.Printf("%q %d\n", r, size)
	fmt.Println(buf.UnreadRune())
	fmt.Printf("%q\n", buf.Next(3))
	fmt.Printf("%q\n", buf.Bytes())
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())

	b2 := bytes.NewBufferString("0123456789")
	b2.Truncate(6)
	fmt.Println(b2.String())
	p := make([]byte, 4)
	n, err := b2.Read(p)
	fmt.Println(n, err, string(p[:n]), b2.String())
	n, err = b2.Read(p)
	fmt.Println(n, err, string(p[:n]))
	n, err = b2.Read(p)
	fmt.Println(n, err)
	b2.Reset()
	m, err := b2.ReadFrom(strings.NewReader("from a reader\n"))
	fmt.Println(m, err)
	m, err = b2.WriteTo(os.Stdout)
	fmt.Println(m, err, b2.Len())

	b3 := bytes.NewBuffer(make([]byte, 0, 8))
	for i := 0; i < 100; i++ {
		b3.WriteString("ab")
	}
	fmt.Println(b3.Len(), b3.Cap() >= 200)
	b3.Grow(1000)
	fmt.Println(b3.Len(), b3.Available() >= 1000)
	data, _ := io.ReadAll(io.LimitReader(b3, 7))
	fmt.Println(string(data), b3.Len())
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf == nil)
	fmt.Println(bytes.NewBuffer(nil).String() == "")
}
