// run

// Every goroutine is blocked: gc's deadlock fatal error, exit status 2.
package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		v := <-c
		fmt.Println("never", v)
	}()
	fmt.Println("main waits")
	<-c
}
