// run

// The standard library's own sentinel errors and error types, compared
// with == and errors.Is: io.EOF from readers, strconv.ErrRange/ErrSyntax,
// bufio.ErrTooLong, os.ErrNotExist and ErrClosed.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

func main() {
	r := strings.NewReader("")
	_, err := r.Read(make([]byte, 1))
	fmt.Println(err == io.EOF, errors.Is(err, io.EOF))
	var buf bytes.Buffer
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF)
	_, err = bufio.NewReader(strings.NewReader("abc")).ReadString('\n')
	fmt.Println(err == io.EOF)
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err == io.ErrUnexpectedEOF)
	_, err = strconv.Atoi("999999999999999999999")
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseBool("maybe")
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	sc.Buffer(nil, 10)
	for sc.Scan() {
	}
	fmt.Println(sc.Err() == bufio.ErrTooLong, sc.Err())
	_, err = os.Open("/no/such/dir/file")
	fmt.Println(errors.Is(err, os.ErrNotExist), os.IsNotExist(err), err)
	f, _ := os.CreateTemp("", "closed")
	f.Close()
	_, err = f.Write([]byte("x"))
	fmt.Println(errors.Is(err, os.ErrClosed), strings.Contains(err.Error(), "file already closed"))
	os.Remove(f.Name())
	err = f.Close()
	fmt.Println(errors.Is(err, os.ErrClosed))
	fmt.Println(bufio.ErrNegativeCount, bufio.ErrBufferFull, bufio.ErrInvalidUnreadByte)
}
