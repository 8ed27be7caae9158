// run

// Sending on a closed channel panics.
package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	defer fmt.Println("deferred runs")
	c <- 1
}
