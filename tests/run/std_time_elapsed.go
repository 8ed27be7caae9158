// run

// Measuring elapsed time: Now, Since, Until, Sub, Before/After and Sleep;
// only order relations are printed, since the values vary.
package main

import (
	"fmt"
	"time"
)

func work() int {
	s := 0
	for i := 0; i < 100000; i++ {
		s += i % 7
	}
	return s
}

func main() {
	start := time.Now()
	r := work()
	time.Sleep(2 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(r, el >= 2*time.Millisecond, el < 10*time.Second)
	later := time.Now()
	fmt.Println(later.After(start), start.Before(later), later.Sub(start) >= el, later.Equal(later))
	deadline := start.Add(time.Hour)
	fmt.Println(time.Until(deadline) > 59*time.Minute, deadline.Sub(start))
	t0 := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println(time.Since(t0) < time.Second)
	fmt.Println(start.Add(-time.Minute).Before(start), start.Unix() > 1600000000, start.UnixNano() > 0)
}
