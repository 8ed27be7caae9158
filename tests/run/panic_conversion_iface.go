// run

package main

import (
	"fmt"
	"io"
)

type R struct{}

func (R) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	var x any = R{}
	r := x.(io.Reader)
	n, err := r.Read(nil)
	fmt.Println(n, err)
	var y any = 42
	fmt.Println(y.(io.Reader))
}
