// run

// Two goroutines bounce a counter over unbuffered channels: every send
// waits for its receiver, so the order of the trace is fixed.
package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, trace chan<- string) {
	for n := range in {
		trace <- fmt.Sprintf("%s %d", name, n)
		if n >= 10 {
			close(out)
			return
		}
		out <- n + 1
	}
	close(out)
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	trace := make(chan string)
	go player("ping", ping, pong, trace)
	go player("pong", pong, ping, trace)
	go func() { ping <- 0 }()
	for i := 0; i <= 10; i++ {
		fmt.Println(<-trace)
	}
}
