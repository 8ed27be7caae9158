// run

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }

func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.CloseWithError(fmt.Errorf("producer done"))
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	fmt.Println("err:", sc.Err())
	wg.Wait()

	r := strings.NewReader("0123456789abcdef")
	sr := io.NewSectionReader(r, 4, 8)
	b, _ := io.ReadAll(sr)
	fmt.Println(string(b), sr.Size())
	var rs io.ReadSeeker = sr
	rs.Seek(2, io.SeekStart)
	b2 := make([]byte, 3)
	io.ReadFull(rs, b2)
	fmt.Println(string(b2))
	outer, off, n := sr.Outer()
	fmt.Println(outer == r, off, n)

	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader("cd"))
	var sb strings.Builder
	mw := io.MultiWriter(&sb, upper{os.Stdout})
	nn, err := io.Copy(mw, mr)
	fmt.Println()
	fmt.Println(nn, err, sb.String())
	lr := io.LimitReader(strings.NewReader("hello world"), 5)
	b3, _ := io.ReadAll(lr)
	fmt.Println(string(b3))
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	tr := io.TeeReader(strings.NewReader("tee"), os.Stdout)
	io.ReadAll(tr)
	fmt.Println()
	n2, err := io.CopyN(io.Discard, strings.NewReader("abc"), 10)
	fmt.Println(n2, err)
	fmt.Println(io.WriteString(os.Stdout, "ws\n"))
}
