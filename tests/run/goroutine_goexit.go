// run

// runtime.Goexit ends the calling goroutine after running its deferred
// calls; other goroutines carry on.
package main

import (
	"fmt"
	"runtime"
)

func work(out chan<- string) {
	defer func() { out <- "deferred in work" }()
	func() {
		defer func() { out <- "deferred in inner" }()
		runtime.Goexit()
	}()
	out <- "never"
}

func main() {
	out := make(chan string, 4)
	done := make(chan bool)
	go func() {
		defer close(done)
		work(out)
	}()
	<-done
	close(out)
	for s := range out {
		fmt.Println(s)
	}
}
