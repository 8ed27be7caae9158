// errorcheck -0 -m -l

// Escape analysis of channel operations (gc's OSEND, ORECV, OSELECT,
// OMAKECHAN): a sent value escapes, a received one comes from nowhere.
package main

type T struct{ p *int }

func sendPtr(c chan *int) { // ERROR "c does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	c <- &x
}

func sendStruct(c chan T, y int) { // ERROR "c does not escape$" "moved to heap: y$"
	c <- T{&y}
}

func recvPtr(c chan *int) int { // ERROR "c does not escape$"
	p := <-c
	return *p
}

func makeLocal() int {
	c := make(chan int, 1)
	c <- 1
	return <-c
}

func selectSend(c chan *int, d chan int) { // ERROR "c does not escape$" "d does not escape$"
	z := 2 // ERROR "moved to heap: z$"
	select {
	case c <- &z:
	case v := <-d:
		_ = v
	}
}

func rangeChan(c chan []int) int { // ERROR "c does not escape$"
	n := 0
	for s := range c {
		n += len(s)
	}
	return n
}

func goClosure(c chan int) { // ERROR "leaking param: c$"
	w := 3
	go func() { // ERROR "func literal escapes to heap$"
		c <- w
	}()
}

func main() {
	c := make(chan *int, 1)
	sendPtr(c)
	recvPtr(c)
	sendStruct(make(chan T, 1), 1)
	makeLocal()
	selectSend(c, make(chan int))
	rangeChan(nil)
	goClosure(make(chan int, 1))
}
