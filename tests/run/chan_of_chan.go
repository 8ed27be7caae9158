// run

// Request/response over channels of channels: a server goroutine answers
// each request on the reply channel the request carries.
package main

import "fmt"

type request struct {
	a, b  int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.a * r.b
	}
}

func main() {
	reqs := make(chan request)
	go server(reqs)
	go server(reqs)
	replies := make([]chan int, 5)
	for i := range replies {
		replies[i] = make(chan int, 1)
		reqs <- request{i, i + 1, replies[i]}
	}
	for i, r := range replies {
		fmt.Println(i, <-r)
	}
	close(reqs)

	// A channel of receive-only channels.
	cc := make(chan (<-chan string), 2)
	a := make(chan string, 1)
	a <- "from a"
	cc <- a
	fmt.Println(<-<-cc)
}
