// run

// io plumbing: Copy, CopyN, CopyBuffer, ReadFull, ReadAtLeast, LimitReader,
// MultiReader, MultiWriter, TeeReader, SectionReader, Pipe-free
// composition, NopCloser and Discard.
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

type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

func main() {
	n, err := io.Copy(os.Stdout, strings.NewReader("copied to stdout\n"))
	fmt.Println(n, err)
	var buf bytes.Buffer
	n, err = io.CopyN(&buf, strings.NewReader("0123456789"), 4)
	fmt.Println(n, err, buf.String())
	n, err = io.CopyN(&buf, strings.NewReader("ab"), 4)
	fmt.Println(n, err, buf.String())
	n, err = io.CopyBuffer(upper{os.Stdout}, strings.NewReader("small buffer\n"), make([]byte, 3))
	fmt.Println(n, err)

	p := make([]byte, 5)
	k, err := io.ReadFull(&slowReader{"hello world"}, p)
	fmt.Println(k, err, string(p))
	k, err = io.ReadFull(&slowReader{"hi"}, p)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadFull(&slowReader{""}, p)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), p, 3)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), p[:2], 3)
	fmt.Println(k, err)

	all, err := io.ReadAll(io.LimitReader(strings.NewReader("limited reader"), 7))
	fmt.Printf("%q %v\n", all, err)
	mr := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, strings.NewReader("three"))
	all, _ = io.ReadAll(mr)
	fmt.Println(string(all))

	var b1, b2 bytes.Buffer
	mw := io.MultiWriter(&b1, &b2, upper{&b2})
	fmt.Fprint(mw, "tee")
	fmt.Println(b1.String(), b2.String())

	var seen bytes.Buffer
	tr := io.TeeReader(strings.NewReader("through the tee"), &seen)
	io.Copy(io.Discard, tr)
	fmt.Println(seen.String())

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	all, _ = io.ReadAll(sr)
	fmt.Println(string(all), sr.Size())
	rc := io.NopCloser(strings.NewReader("x"))
	fmt.Println(rc.Close())
	ws, err := io.WriteString(&b1, "!")
	fmt.Println(ws, err, b1.String())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrClosedPipe, io.ErrNoProgress)
}
