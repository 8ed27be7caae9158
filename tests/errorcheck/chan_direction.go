// errorcheck

// Sends and receives on channels of the wrong direction.
package main

func producer(out chan<- int) {
	<-out // ERROR "invalid operation: cannot receive from send-only channel chan<- int out \(variable of type chan<- int\)"
	x := <-out // ERROR "invalid operation: cannot receive from send-only channel chan<- int out \(variable of type chan<- int\)"
	_ = x
	close(out)
}

func consumer(in <-chan int) {
	in <- 1 // ERROR "invalid operation: cannot send to receive-only channel <-chan int in \(variable of type <-chan int\)"
	close(in) // ERROR "invalid operation: cannot close receive-only channel in \(variable of type <-chan int\)"
	for range in {
	}
}

func main() {
	c := make(chan int)
	producer(c)
	consumer(c)
	n := 3
	n <- 1 // ERROR "invalid operation: cannot send to non-channel int n \(variable of type int\)"
	<-n // ERROR "invalid operation: cannot receive from non-channel int n \(variable of type int\)"
	var s chan<- string = c // ERROR "cannot use c \(variable of type chan int\) as chan<- string value in variable declaration"
	_ = s
}
