// run

// sync.Cond: a bounded queue whose consumers wait for items and whose
// producer waits for room; Broadcast releases every waiter.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
	closed   bool
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *queue) close() {
	q.mu.Lock()
	q.closed = true
	q.notEmpty.Broadcast()
	q.mu.Unlock()
}

func main() {
	q := newQueue(3)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for c := 0; c < 4; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := q.get()
				if !ok {
					return
				}
				mu.Lock()
				got = append(got, v)
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < 50; i++ {
		q.put(i)
	}
	q.close()
	wg.Wait()
	sort.Ints(got)
	sum := 0
	for _, v := range got {
		sum += v
	}
	fmt.Println(len(got), sum, got[0], got[len(got)-1])

	// Broadcast wakes all waiters of a start signal.
	var m sync.Mutex
	start := sync.NewCond(&m)
	ready := false
	var wg2 sync.WaitGroup
	count := 0
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			m.Lock()
			for !ready {
				start.Wait()
			}
			count++
			m.Unlock()
		}()
	}
	m.Lock()
	ready = true
	start.Broadcast()
	m.Unlock()
	wg2.Wait()
	fmt.Println("started", count)
}

func init() {
	// Signal and Broadcast with no waiters do nothing; a Cond over an
	// RWMutex's read lock works too.
	var rw sync.RWMutex
	c := sync.NewCond(rw.RLocker())
	c.Signal()
	c.Broadcast()
	done := false
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.L.Lock()
		for !done {
			c.Wait()
		}
		c.L.Unlock()
		fmt.Println("reader saw done")
	}()
	for i := 0; i < 3; i++ {
		runtime.Gosched()
	}
	c.L.Lock()
	done = true
	c.L.Unlock()
	c.Signal()
	wg.Wait()
}
