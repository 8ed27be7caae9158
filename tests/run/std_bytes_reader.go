// run

// bytes.Reader: sequential, rune and random-access reads, seeking, and
// WriteTo, over a byte slice that is never modified.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	data := []byte("Grüße, Gopher\nline two\n")
	r := bytes.NewReader(data)
	fmt.Println(r.Len(), r.Size())
	p := make([]byte, 5)
	n, err := r.Read(p)
	fmt.Printf("%d %v %q %d\n", n, err, p[:n], r.Len())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	fmt.Println(r.UnreadRune(), r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(b, r.UnreadByte())
	off, err := r.Seek(3, io.SeekCurrent)
	fmt.Println(off, err)
	off, err = r.Seek(-9, io.SeekEnd)
	fmt.Println(off, err)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		fmt.Printf("line %q\n", sc.Text())
	}
	at := make([]byte, 6)
	n, err = r.ReadAt(at, 8)
	fmt.Printf("%d %v %q\n", n, err, at[:n])
	n, err = r.ReadAt(at, int64(len(data)-2))
	fmt.Printf("%d %v %q\n", n, err, at[:n])
	n, err = r.Read(p)
	fmt.Println(n, err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	r.Reset([]byte("written out\n"))
	w, err := r.WriteTo(os.Stdout)
	fmt.Println(w, err, r.Len())
	all, err := io.ReadAll(bytes.NewReader(data))
	fmt.Println(len(all), err, bytes.Equal(all, data))
}
