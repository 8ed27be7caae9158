// run

// sync.OnceFunc, Once guarding lazily computed values, and a Mutex-protected counter type
// with a Locker interface, all on one goroutine.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[k]++
}

func withLock(l sync.Locker, f func()) {
	l.Lock()
	defer l.Unlock()
	f()
}

func main() {
	calls := 0
	setup := sync.OnceFunc(func() { calls++; fmt.Println("setup ran") })
	setup()
	setup()
	fmt.Println(calls)

	var cfgOnce sync.Once
	var cfg map[string]string
	config := func() map[string]string {
		cfgOnce.Do(func() {
			fmt.Println("loading config")
			cfg = map[string]string{"env": "test"}
		})
		return cfg
	}
	fmt.Println(config()["env"], config()["env"])

	var parseOnce sync.Once
	var parseErr error
	parse := func() (int, error) {
		parseOnce.Do(func() {
			fmt.Println("parsing")
			parseErr = errors.New("bad input")
		})
		return 0, parseErr
	}
	for i := 0; i < 2; i++ {
		v, err := parse()
		fmt.Println(v, err)
	}

	var c Counter
	for _, w := range []string{"a", "b", "a"} {
		c.Inc(w)
	}
	fmt.Println(c.n)
	var rw sync.RWMutex
	withLock(&c, func() { fmt.Println("locked counter", len(c.n)) })
	withLock(rw.RLocker(), func() { fmt.Println("read-locked") })
	withLock(&rw, func() { fmt.Println("write-locked") })
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		func() {
			defer wg.Done()
			c.Inc("w")
		}()
	}
	wg.Wait()
	fmt.Println(c.n["w"])
}
