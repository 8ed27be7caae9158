// run

// Implementing io.Reader and io.Writer: a rot13 reader, an uppercase
// writer, a byte-counting writer, composed with io.Copy, bufio and
// io.MultiWriter, plus io.ReadAll from a reader returning data with EOF.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type countWriter struct {
	n     int64
	lines int
}

func (c *countWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	c.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// eagerEOF returns its data together with io.EOF in one call.
type eagerEOF struct{ data []byte }

func (e *eagerEOF) Read(p []byte) (int, error) {
	n := copy(p, e.data)
	e.data = e.data[n:]
	if len(e.data) == 0 {
		return n, io.EOF
	}
	return n, nil
}

func main() {
	var cw countWriter
	w := io.MultiWriter(os.Stdout, &cw)
	n, err := io.Copy(w, rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\nTb vf sha.\n")})
	fmt.Println(n, err, cw.n, cw.lines)

	br := bufio.NewReader(rot13Reader{strings.NewReader("uryyb\njbeyq")})
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	data, err := io.ReadAll(&eagerEOF{[]byte("all at once")})
	fmt.Printf("%q %v\n", data, err)
	p := make([]byte, 20)
	k, err := io.ReadFull(&eagerEOF{[]byte("short")}, p)
	fmt.Println(k, err)
	var sb strings.Builder
	n, err = io.Copy(&sb, io.LimitReader(rot13Reader{strings.NewReader("nopqrstuvwxyz")}, 5))
	fmt.Println(sb.String(), n, err)
}
