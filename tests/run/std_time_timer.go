// run

// time.Timer, AfterFunc, After, Ticker and Tick: firing, Stop and Reset
// results before and after firing (Go 1.23 semantics: no stale values
// after Stop or Reset), select with a timeout, and a ticker that is
// stopped and reset. Durations leave wide margins so the output does not
// depend on scheduling.
package main

import (
	"fmt"
	"sync"
	"time"
)

const ms = time.Millisecond

func main() {
	start := time.Now()
	t := time.NewTimer(20 * ms)
	got := <-t.C
	fmt.Println("fired after >= 20ms:", got.Sub(start) >= 20*ms, time.Since(start) >= 20*ms)
	fmt.Println("stop after receive:", t.Stop())
	fmt.Println("reset after receive:", t.Reset(10*ms))
	<-t.C
	fmt.Println("fired again")

	// Stop before firing: the value never arrives.
	t = time.NewTimer(30 * ms)
	fmt.Println("stop pending:", t.Stop(), "again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value!")
	case <-time.After(80 * ms):
		fmt.Println("nothing after stop")
	}

	// A timer that fired but was not received: Stop takes the value back.
	t = time.NewTimer(5 * ms)
	time.Sleep(40 * ms)
	fmt.Println("stop fired-unreceived:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("stale value!")
	default:
		fmt.Println("channel empty")
	}

	// A timer that is already due delivers to the first receive.
	t = time.NewTimer(0)
	select {
	case <-t.C:
		fmt.Println("zero timer ready")
	default:
		fmt.Println("zero timer not ready")
	}
	fmt.Println("reset to -1:", t.Reset(-1))
	select {
	case <-t.C:
		fmt.Println("negative timer ready")
	default:
		fmt.Println("negative timer not ready")
	}

	// Reset of a pending timer postpones it.
	t = time.NewTimer(200 * ms)
	fmt.Println("reset pending:", t.Reset(10*ms))
	start = time.Now()
	<-t.C
	fmt.Println("reset timer fired early:", time.Since(start) < 150*ms)

	// select with a timeout, both ways.
	c := make(chan int)
	go func() {
		time.Sleep(10 * ms)
		c <- 42
	}()
	select {
	case v := <-c:
		fmt.Println("value first:", v)
	case <-time.After(300 * ms):
		fmt.Println("timeout")
	}
	select {
	case v := <-c:
		fmt.Println("value:", v)
	case <-time.After(20 * ms):
		fmt.Println("timeout second")
	}

	// AfterFunc runs f in its own goroutine; Stop cancels it.
	var wg sync.WaitGroup
	wg.Add(1)
	order := make(chan string, 3)
	time.AfterFunc(30*ms, func() { order <- "late"; wg.Done() })
	cancelled := time.AfterFunc(10*ms, func() { order <- "cancelled!" })
	fmt.Println("AfterFunc stop:", cancelled.Stop(), cancelled.C == nil)
	wg.Add(1)
	time.AfterFunc(5*ms, func() { order <- "early"; wg.Done() })
	wg.Wait()
	close(order)
	for s := range order {
		fmt.Println("afterfunc:", s)
	}

	// Ticker: count ticks, stop, make sure no more come, reset.
	tk := time.NewTicker(15 * ms)
	for i := 1; i <= 3; i++ {
		<-tk.C
		fmt.Println("tick", i)
	}
	tk.Stop()
	select {
	case <-tk.C:
		fmt.Println("tick after stop!")
	case <-time.After(60 * ms):
		fmt.Println("no tick after stop")
	}
	tk.Reset(10 * ms)
	<-tk.C
	fmt.Println("tick after reset")
	tk.Stop()

	n := 0
	for range time.Tick(5 * ms) {
		n++
		if n == 4 {
			break
		}
	}
	fmt.Println("Tick:", n, time.Tick(0) == nil)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.NewTicker(0)
	}()
}
