// run

// close: range stops after the buffered values are drained, a receive from
// a closed channel yields the zero value and false, len stays meaningful.
package main

import "fmt"

func main() {
	c := make(chan string, 4)
	c <- "a"
	c <- "b"
	close(c)
	fmt.Println(len(c))
	for s := range c {
		fmt.Println("got", s)
	}
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)
	v = <-c
	fmt.Printf("%q\n", v)

	// Closing wakes every blocked receiver.
	gate := make(chan struct{})
	res := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func(i int) {
			_, ok := <-gate
			if !ok {
				res <- i
			}
		}(i)
	}
	close(gate)
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-res
	}
	fmt.Println("released", sum)

	// Range over a channel that a goroutine fills then closes.
	nums := make(chan int)
	go func() {
		defer close(nums)
		for i := 1; i <= 5; i++ {
			nums <- i * i
		}
	}()
	total := 0
	for n := range nums {
		total += n
	}
	fmt.Println("total", total)

	// range with an assignment to an existing variable.
	var last int
	ch := make(chan int, 3)
	ch <- 7
	ch <- 8
	close(ch)
	for last = range ch {
	}
	fmt.Println("last", last)
}
