// run

// Nil channels in select never proceed; a select over only nil channels
// with a default takes the default.
package main

import "fmt"

func main() {
	var nilc chan int
	ready := make(chan int, 1)
	ready <- 42
	select {
	case v := <-nilc:
		fmt.Println("nil recv", v)
	case nilc <- 1:
		fmt.Println("nil send")
	case v := <-ready:
		fmt.Println("ready", v)
	}
	select {
	case <-nilc:
		fmt.Println("impossible")
	default:
		fmt.Println("default")
	}
	// Disable cases dynamically.
	in1 := make(chan int, 10)
	in2 := make(chan int, 10)
	for i := 0; i < 5; i++ {
		in1 <- i
		in2 <- 10 * i
	}
	close(in1)
	close(in2)
	sum := 0
	for in1 != nil || in2 != nil {
		select {
		case v, ok := <-in1:
			if !ok {
				in1 = nil
				break
			}
			sum += v
		case v, ok := <-in2:
			if !ok {
				in2 = nil
				break
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)
}
