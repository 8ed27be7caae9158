// run

// strings.Reader: Read, ReadByte, ReadRune, Unread*, Seek, ReadAt, WriteTo,
// Len and Size, and use as an io.Reader.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	c, err := r.ReadByte()
	fmt.Println(c, err)
	fmt.Println(r.UnreadByte(), r.UnreadByte())
	ch, size, err := r.ReadRune()
	fmt.Println(ch, size, err)
	ch, size, err = r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	pos, err := r.Seek(0, io.SeekStart)
	fmt.Println(pos, err)
	pos, err = r.Seek(-3, io.SeekEnd)
	fmt.Println(pos, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	at := make([]byte, 5)
	n, err = r.ReadAt(at, 7)
	fmt.Println(n, err, string(at[:n]))
	n, err = r.ReadAt(at, 12)
	fmt.Println(n, err, string(at[:n]))
	r.Reset("reset text\n")
	w, err := r.WriteTo(os.Stdout)
	fmt.Println(w, err)
	var sb strings.Builder
	k, err := io.Copy(&sb, strings.NewReader("copied through io.Copy"))
	fmt.Println(k, err, sb.String())
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	lim, _ := io.ReadAll(lr)
	fmt.Println(string(lim))
}
