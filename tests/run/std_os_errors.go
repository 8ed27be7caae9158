// run

// The text of os errors for common failures, matching gc word for word.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	_, err := os.Open("/nonexistent-rgo-dir/file")
	fmt.Println(err)
	_, err = os.ReadFile("/nonexistent-rgo-file")
	fmt.Println(err)
	err = os.WriteFile("/nonexistent-rgo-dir/out.txt", []byte("x"), 0o644)
	fmt.Println(err)
	_, err = os.Create("/proc/version/child")
	fmt.Println(err)
	err = os.Remove("/nonexistent-rgo-file")
	fmt.Println(err, os.IsNotExist(err), os.IsExist(err), os.IsPermission(err))
	_, err = os.Open("")
	fmt.Println(err)
	_, err = os.Open("bad\x00name")
	fmt.Println(err)
	_, err = os.ReadFile("/")
	fmt.Println(err)
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid)
	var f *os.File
	_, err = f.Read(make([]byte, 1))
	fmt.Println(err, errors.Is(err, os.ErrInvalid), f.Close())
}
