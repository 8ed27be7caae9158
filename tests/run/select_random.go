// run

// When several select cases are ready, gc picks one uniformly at random:
// over many rounds every ready case is chosen often.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	counts := [3]int{}
	const rounds = 3000
	for i := 0; i < rounds; i++ {
		a <- 1
		b <- 2
		c <- 3
		select {
		case <-a:
			counts[0]++
			<-b
			<-c
		case <-b:
			counts[1]++
			<-a
			<-c
		case <-c:
			counts[2]++
			<-a
			<-b
		}
	}
	ok := true
	for _, n := range counts {
		if n < rounds/6 {
			ok = false
		}
	}
	fmt.Println(counts[0]+counts[1]+counts[2], ok)

	// Send and receive cases mixed.
	out := make(chan int, 1)
	in := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 1000; i++ {
		in <- i
		select {
		case out <- i:
			sends++
			<-out
			<-in
		case <-in:
			recvs++
		}
	}
	fmt.Println(sends+recvs, sends > 100, recvs > 100)
}
