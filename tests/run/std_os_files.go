// run

// Files in a fresh temporary directory: WriteFile/ReadFile, Create, Open,
// OpenFile with append, Read in chunks, Close twice, Remove, and the
// errors gc reports.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "rgo-std-os-*")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	name := dir + "/notes.txt"
	err = os.WriteFile(name, []byte("first line\nsecond line\n"), 0o644)
	fmt.Println("write:", err)
	data, err := os.ReadFile(name)
	fmt.Printf("read: %q %v\n", data, err)

	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println("openfile:", err)
	n, err := f.WriteString("third line\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "line %d\n", 4)
	fmt.Println(n, err)
	fmt.Println("close:", f.Close())
	err = f.Close()
	fmt.Println("close again:", strings.Replace(err.Error(), dir, "DIR", 1), errors.Is(err, os.ErrClosed))
	_, err = f.Write([]byte("x"))
	fmt.Println("write closed:", strings.Replace(err.Error(), dir, "DIR", 1))

	r, err := os.Open(name)
	fmt.Println("open:", err)
	buf := make([]byte, 10)
	total := 0
	for {
		n, err := r.Read(buf)
		total += n
		if err == io.EOF {
			fmt.Println("EOF after", total)
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%q ", buf[:n])
	}
	fmt.Println()
	r.Close()

	c, err := os.Create(dir + "/copy.txt")
	fmt.Println("create:", err)
	src, _ := os.Open(name)
	k, err := io.Copy(c, src)
	fmt.Println("copied", k, err)
	src.Close()
	c.Close()
	back, _ := os.ReadFile(dir + "/copy.txt")
	fmt.Println(len(back), string(back) == string(data)+"third line\nline 4\n")

	_, err = os.Open(dir + "/missing.txt")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsNotExist(err), errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, strings.Replace(pe.Path, dir, "DIR", 1), pe.Err)
	}
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsExist(err))
	err = os.Mkdir(dir, 0o755)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsExist(err))
	_, err = os.ReadFile(dir)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))

	fmt.Println(os.Remove(name), os.Remove(dir+"/copy.txt"))
	err = os.Remove(name)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	fmt.Println(os.Remove(dir))
	_, err = os.Stdout.WriteString("direct to stdout\n")
	fmt.Println(err, os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
}
