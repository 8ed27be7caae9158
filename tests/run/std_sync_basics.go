// run

// sync.Mutex, RWMutex, WaitGroup, Once, OnceFunc and Pool used from a single
// goroutine: the semantics that hold without concurrency.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type counter struct {
	mu sync.Mutex
	v  int
}

func (c *counter) inc() {
	c.mu.Lock()
	c.v++
	c.mu.Unlock()
}

type cache struct {
	sync.RWMutex
	data []string
}

func main() {
	var c counter
	for i := 0; i < 1000; i++ {
		c.inc()
	}
	fmt.Println(c.v, c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()

	var ca cache
	ca.Lock()
	ca.data = append(ca.data, "a", "b")
	ca.Unlock()
	ca.RLock()
	ca.RLock()
	fmt.Println(len(ca.data), ca.TryLock(), ca.TryRLock())
	ca.RUnlock()
	ca.RUnlock()
	ca.RUnlock()
	fmt.Println(ca.TryLock())
	ca.Unlock()

	var once sync.Once
	calls := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { calls++ })
	}
	fmt.Println("once calls:", calls)
	f := sync.OnceFunc(func() { fmt.Println("OnceFunc body runs once") })
	f()
	f()

	var wg sync.WaitGroup
	results := make([]int, 5)
	for i := range results {
		wg.Add(1)
		func(i int) {
			results[i] = i * i
			wg.Done()
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	b := pool.Get().(*strings.Builder)
	b.WriteString("pooled")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)
	b2 := pool.Get().(*strings.Builder)
	fmt.Println(b2.Len())
	var empty sync.Pool
	fmt.Println(empty.Get())
	var l sync.Locker = &c.mu
	l.Lock()
	l.Unlock()
	fmt.Println("done")
}
