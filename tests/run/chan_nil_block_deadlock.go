// run

// Receiving from a nil channel blocks forever.
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("about to block")
	<-c
}
