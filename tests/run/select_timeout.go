// run

// Timeouts with time.After: a channel that never delivers loses to the
// timer, a ready channel wins over a long timer.
package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("unexpected", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}

	ready := make(chan int, 1)
	ready <- 5
	select {
	case v := <-ready:
		fmt.Println("value", v)
	case <-time.After(time.Hour):
		fmt.Println("timeout")
	}

	slow := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		slow <- "slow result"
	}()
	select {
	case s := <-slow:
		fmt.Println(s)
	case <-time.After(10 * time.Second):
		fmt.Println("timeout")
	}
	start := time.Now()
	<-time.After(15 * time.Millisecond)
	fmt.Println(time.Since(start) >= 15*time.Millisecond)
}
