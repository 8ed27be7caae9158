// run

package main

import "fmt"

func f(n int) int {
	var buf [64]byte
	buf[n%64] = byte(n)
	return f(n+1) + int(buf[0])
}

func main() {
	defer func() {
		fmt.Println("recover does not stop a stack overflow:", recover())
	}()
	fmt.Println(f(0))
}
