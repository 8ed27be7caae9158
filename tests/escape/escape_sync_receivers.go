// errorcheck -0 -m -l

// gc's sync methods leak their receivers (the runtime semaphores they may
// call keep the address), so a struct holding a Mutex, RWMutex, WaitGroup
// or Once leaks wherever one of its methods is called.

package main

import "sync"

type S struct {
	mu sync.Mutex
	rw sync.RWMutex
	wg sync.WaitGroup
	n  int
}

func (s *S) A() { s.mu.Lock(); s.n++; s.mu.Unlock() } // ERROR "^leaking param: s$"
func (s *S) B() { s.rw.RLock(); s.n++; s.rw.RUnlock() } // ERROR "^leaking param: s$"
func (s *S) C() { s.rw.Lock(); s.rw.Unlock() } // ERROR "^leaking param: s$"
func (s *S) D() { s.wg.Add(1); s.wg.Done() } // ERROR "^leaking param: s$"
func (s *S) E() { s.wg.Wait() } // ERROR "^leaking param: s$"
func (s *S) F() { var o sync.Once; o.Do(func() {}) } // ERROR "^s does not escape$" "^moved to heap: o$" "^func literal does not escape$"
func (s *S) G() { defer s.mu.Unlock(); s.mu.Lock() } // ERROR "^leaking param: s$"

func main() {
	var s S // ERROR "^moved to heap: s$"
	s.A()
}
