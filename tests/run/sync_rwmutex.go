// run

// RWMutex with concurrent readers and writers; Once under concurrency.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type store struct {
	mu   sync.RWMutex
	data map[int]int
}

func (s *store) get(k int) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	runtime.Gosched()
	return s.data[k]
}

func (s *store) set(k, v int) {
	s.mu.Lock()
	old := s.data[k]
	runtime.Gosched()
	s.data[k] = old + v
	s.mu.Unlock()
}

func main() {
	s := &store{data: map[int]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 10; w++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				s.set(i%3, 1)
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				_ = s.get(i % 3)
			}
		}()
	}
	wg.Wait()
	fmt.Println(s.data[0], s.data[1], s.data[2])

	var once sync.Once
	inits := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			once.Do(func() {
				runtime.Gosched()
				inits++
			})
		}()
	}
	wg2.Wait()
	fmt.Println("inits", inits)

	var wg3 sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg3.Go(func() { results[i] = i * i })
	}
	wg3.Wait()
	fmt.Println(results)
}
