// run

// strings.Builder grown and reused, and strings.Reader's Read, ReadByte,
// ReadRune, UnreadRune, Seek, ReadAt, WriteTo and Len/Size.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func table(rows [][]string) string {
	var b strings.Builder
	b.Grow(64)
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				b.WriteByte('|')
			}
			fmt.Fprintf(&b, "%-6s", c)
		}
		b.WriteRune('↵')
		b.WriteString("\n")
	}
	return b.String()
}

func main() {
	fmt.Print(table([][]string{{"id", "name"}, {"1", "ann"}, {"2", "bob"}}))
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
	}
	fmt.Println(b.Len(), b.Cap() >= b.Len(), b.String())
	b.Reset()
	n, err := b.Write([]byte("bytes"))
	fmt.Println(n, err, b.String())

	r := strings.NewReader("héllo, world")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err = r.Read(buf)
	fmt.Printf("%d %v %q %d\n", n, err, buf[:n], r.Len())
	c, err := r.ReadByte()
	fmt.Printf("%q %v\n", c, err)
	fmt.Println(r.UnreadByte())
	ch, size, err := r.ReadRune()
	fmt.Printf("%q %d %v\n", ch, size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	pos, err := r.Seek(-5, io.SeekEnd)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q %d\n", rest, r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err)
	at := make([]byte, 3)
	n, err = r.ReadAt(at, 1)
	fmt.Printf("%d %v %q\n", n, err, at)
	n, err = r.ReadAt(at, 11)
	fmt.Printf("%d %v\n", n, err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	r.Seek(7, io.SeekStart)
	wn, err := r.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(wn, err)
	r.Reset("new")
	all, _ := io.ReadAll(r)
	fmt.Println(string(all))
}
