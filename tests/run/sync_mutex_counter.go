// run

// A mutex-protected counter incremented by many goroutines, yielding
// inside the critical section so that lockers really contend.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.n[key]
	runtime.Gosched()
	c.n[key] = v + 1
}

func main() {
	c := counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				c.inc([]string{"a", "b"}[j%2])
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n["a"], c.n["b"])
}
