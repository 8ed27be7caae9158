// Differential test: os files, errors and environment.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

func main() {
	dir := "/tmp/stdcheck-os-test"
	os.Remove(dir + "/a.txt")
	_, err := os.Open(dir + "/nosuch")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrExist))
	_, err = os.Open("nosuch")
	fmt.Println(err)
	_, err = os.ReadFile("nosuch.txt")
	fmt.Println(err)
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	name := "/tmp/stdcheck-os-a.txt"
	err = os.WriteFile(name, []byte("hello\nworld\n"), 0o644)
	fmt.Println(err)
	b, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", b, err)
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err, f.Name())
	n, err := f.WriteString("more\n")
	fmt.Println(n, err, f.Close(), f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println(err)
	f, err = os.Open(name)
	buf := make([]byte, 4)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	f.Close()
	f, _ = os.Open(name)
	all, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", all, err)
	_, err = f.Write([]byte("ro"))
	fmt.Println(err)
	f.Close()
	f, err = os.Create(name)
	fmt.Fprintf(f, "created %d\n", 42)
	f.Close()
	b, _ = os.ReadFile(name)
	fmt.Printf("%q\n", b)
	_, err = os.OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	fmt.Println(err, os.IsExist(err))
	_, err = os.ReadFile("/tmp")
	fmt.Println(err)
	fmt.Println(os.Remove(name), os.Remove(name))
	_, err = os.Open("/root/.nonexistent-perm-test\x00x")
	fmt.Println(err)
	v, ok := os.LookupEnv("HOME")
	fmt.Println(os.Getenv("HOME"), v, ok)
	v, ok = os.LookupEnv("STDCHECK_NOPE")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("STDCHECK_NOPE"))
	fmt.Println(len(os.Args) > 0, os.Stdout.Name(), os.Stderr.Fd(), os.Stdin.Fd())
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Exit(3)
}
