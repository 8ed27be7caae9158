// run

// bufio.Reader over stdin: ReadString, ReadLine, ReadRune, Peek, ReadByte,
// UnreadByte, Discard and the io.EOF at the end.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	r := bufio.NewReaderSize(os.Stdin, 16)
	p, err := r.Peek(5)
	fmt.Printf("peek %q %v\n", p, err)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, _ := r.ReadByte()
	fmt.Printf("%c %v\n", b, r.UnreadByte())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err)
	n, err := r.Discard(3)
	fmt.Println(n, err)
	long, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", long, prefix, err)
	long, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %v\n", long, prefix, err)
	for {
		s, err := r.ReadString('\n')
		if len(s) > 0 {
			fmt.Printf("line %q\n", s)
		}
		if err == io.EOF {
			fmt.Println("EOF")
			break
		}
	}
	_, err = r.ReadByte()
	fmt.Println(err, r.Buffered())
}
