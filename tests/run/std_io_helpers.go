// run

// io: ReadAll, Copy, CopyN, ReadFull, ReadAtLeast, LimitReader,
// MultiWriter, WriteString, NopCloser and the sentinel errors.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type slowReader struct {
	data string
	pos  int
}

// Read returns at most 3 bytes per call.
func (s *slowReader) Read(p []byte) (int, error) {
	if s.pos >= len(s.data) {
		return 0, io.EOF
	}
	n := copy(p[:min(3, len(p))], s.data[s.pos:])
	s.pos += n
	return n, nil
}

func main() {
	all, err := io.ReadAll(&slowReader{data: "read in small pieces"})
	fmt.Printf("%q %v\n", all, err)
	n, err := io.Copy(upper{os.Stdout}, strings.NewReader("copied and shouted\n"))
	fmt.Println(n, err)
	var buf bytes.Buffer
	n, err = io.CopyN(&buf, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("ab"), 5)
	fmt.Println(n, err, buf.String())
	p := make([]byte, 6)
	k, err := io.ReadFull(&slowReader{data: "exactly six+"}, p)
	fmt.Printf("%d %v %q\n", k, err, p)
	k, err = io.ReadFull(strings.NewReader("abc"), p)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), p)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdefgh"), p, 2)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abc"), p, 10)
	fmt.Println(k, err)
	lim, _ := io.ReadAll(io.LimitReader(strings.NewReader("limited reader"), 7))
	fmt.Printf("%q\n", lim)
	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2, upper{&b2})
	io.WriteString(mw, "multi ")
	fmt.Fprintf(mw, "%d", 42)
	fmt.Println(b1.String(), "|", b2.String())
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrClosedPipe, io.ErrNoProgress, io.ErrShortBuffer)
	var w io.Writer = os.Stdout
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("os.Stdout is a StringWriter\n")
	}
	var r io.Reader = strings.NewReader("s")
	_, isBR := r.(io.ByteReader)
	_, isWT := r.(io.WriterTo)
	_, isSeek := r.(io.Seeker)
	fmt.Println(isBR, isWT, isSeek)
}
