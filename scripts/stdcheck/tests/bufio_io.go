// Differential test: bufio Scanner/Reader/Writer and io helpers.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	text := "line one\nline two\r\n\n  words  here\tand\u00a0there \nlast no newline"
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d:%q ", n, sc.Bytes())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("héllo\xffz"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(bufio.ScanBytes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()
	long := strings.Repeat("x", 70000) + "\nshort\n"
	sc = bufio.NewScanner(strings.NewReader(long))
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader(long))
	sc.Buffer(make([]byte, 10), 100000)
	for sc.Scan() {
		fmt.Println(len(sc.Text()))
	}
	fmt.Println(sc.Err())
	r := bufio.NewReaderSize(strings.NewReader("alpha\nbeta\r\ngamma"), 16)
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("héllo wörld\nnext line that is long enough\n"))
	c, _ := r.ReadByte()
	fmt.Println(c, r.UnreadByte(), r.UnreadByte())
	ru, sz, err := r.ReadRune()
	fmt.Println(ru, sz, err)
	ru, sz, err = r.ReadRune()
	fmt.Println(ru, sz, err, r.UnreadRune(), r.UnreadRune(), r.Buffered())
	p, err := r.Peek(4)
	fmt.Printf("%q %v\n", p, err)
	line, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	bs, err := r.ReadBytes(' ')
	fmt.Printf("%q %v\n", bs, err)
	d, err := r.Discard(5)
	fmt.Println(d, err)
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", rest, err)
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("z", 40)+"\n"), 16)
	line, isPrefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	_, err = r.Peek(20)
	fmt.Println(err)
	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprintf(w, "buffered %d\n", 1)
	fmt.Println("unbuffered first")
	w.WriteString("0123456789abcdefghij\n")
	w.WriteByte('!')
	w.WriteRune('é')
	fmt.Println(w.Buffered(), w.Available(), w.Size())
	w.Flush()
	fmt.Println()
	var bb bytes.Buffer
	w2 := bufio.NewWriter(&bb)
	nn, err := io.Copy(w2, strings.NewReader("copied text"))
	fmt.Println(nn, err, bb.Len(), w2.Flush(), bb.String())
	var sbld strings.Builder
	nn, err = io.CopyN(&sbld, strings.NewReader("0123456789"), 4)
	fmt.Println(nn, err, sbld.String())
	nn, err = io.CopyN(&sbld, strings.NewReader("01"), 4)
	fmt.Println(nn, err, sbld.String())
	buf := make([]byte, 6)
	k, err := io.ReadFull(strings.NewReader("abc"), buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abcdefgh"), buf, 2)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader(""), buf, 2)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(strings.NewReader("abc"), buf, 10)
	fmt.Println(k, err)
	mw := io.MultiWriter(&bb, os.Stdout)
	io.WriteString(mw, "multi\n")
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	lb, _ := io.ReadAll(lr)
	fmt.Printf("%q %q\n", lb, bb.String())
	fmt.Println(io.EOF, io.ErrUnexpectedEOF, io.ErrShortWrite, io.ErrShortBuffer, io.ErrNoProgress)
	io.WriteString(io.Discard, "x")
}
