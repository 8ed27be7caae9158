// run

// Files in a temporary directory: MkdirTemp, CreateTemp, WriteFile,
// ReadFile, OpenFile with append, Remove, RemoveAll and gc's error texts.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "rgo-std-*")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.Remove(dir)
	fmt.Println(strings.HasPrefix(dir, os.TempDir()))

	path := dir + "/notes.txt"
	if err := os.WriteFile(path, []byte("first line\n"), 0o644); err != nil {
		fmt.Println(err)
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := f.WriteString("second line\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintf(f, "%s %d\n", "third", 3)
	fmt.Println(n, err)
	fmt.Println(f.Close())
	fmt.Println(f.Close() != nil)

	data, err := os.ReadFile(path)
	fmt.Printf("%q %v\n", data, err)

	rf, _ := os.Open(path)
	buf := make([]byte, 6)
	for {
		n, err := rf.Read(buf)
		if n > 0 {
			fmt.Printf("[%s]", buf[:n])
		}
		if err == io.EOF {
			fmt.Println(" EOF")
			break
		}
		if err != nil {
			fmt.Println(err)
			break
		}
	}
	_, err = rf.Write([]byte("x"))
	fmt.Println(err != nil)
	rf.Close()

	tf, err := os.CreateTemp(dir, "tmp-*.log")
	fmt.Println(err, strings.HasPrefix(tf.Name(), dir+"/tmp-"), strings.HasSuffix(tf.Name(), ".log"))
	tf.Write([]byte("temp"))
	tf.Close()
	got, _ := os.ReadFile(tf.Name())
	fmt.Println(string(got))

	_, err = os.ReadFile(dir + "/missing.txt")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	fmt.Println(os.IsNotExist(err), errors.Is(err, os.ErrNotExist), os.IsExist(err))
	err = os.Mkdir(dir, 0o755)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsExist(err))
	err = os.Remove(dir + "/nope")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), os.IsExist(err))
	fmt.Println(os.Remove(path), os.Remove(tf.Name()))
	_, err = os.Open(path)
	fmt.Println(os.IsNotExist(err))
}
