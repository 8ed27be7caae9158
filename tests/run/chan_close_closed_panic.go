// run

// Closing a channel twice panics; recover sees a runtime.Error-less plain error.
package main

import "fmt"

func closeTwice() (msg string) {
	defer func() {
		msg = fmt.Sprint(recover())
	}()
	c := make(chan bool)
	close(c)
	close(c)
	return "no panic"
}

func main() {
	fmt.Println(closeTwice())
	var c chan int
	close(c)
}
