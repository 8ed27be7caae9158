// run

// Buffered channels: FIFO order, len and cap, sends that fill the buffer
// and a receiver that drains it, wrap-around of the ring buffer.
package main

import "fmt"

type point struct {
	x, y int
	name string
}

func main() {
	c := make(chan int, 3)
	fmt.Println(len(c), cap(c))
	c <- 1
	c <- 2
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- 3
	c <- 4
	fmt.Println(len(c))
	for i := 0; i < 3; i++ {
		fmt.Println(<-c)
	}
	// Wrap around the ring many times.
	sum := 0
	for i := 0; i < 100; i++ {
		c <- i
		if i%2 == 1 {
			sum += <-c
			sum += <-c
		}
	}
	fmt.Println("sum", sum, len(c))

	ps := make(chan point, 2)
	ps <- point{1, 2, "a"}
	ps <- point{3, 4, "b"}
	p := <-ps
	q := <-ps
	fmt.Println(p, q)

	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))

	// A blocked sender is released by receives.
	done := make(chan bool)
	full := make(chan string, 1)
	go func() {
		for _, s := range []string{"x", "y", "z"} {
			full <- s
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		fmt.Println(<-full)
	}
	<-done
}
