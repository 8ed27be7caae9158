// run

// time.Sleep parks only the sleeping goroutine; others keep running.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var woke []int
	var wg sync.WaitGroup
	for i := 5; i >= 1; i-- {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			time.Sleep(time.Duration(i) * 3 * time.Millisecond)
			mu.Lock()
			woke = append(woke, i)
			mu.Unlock()
		}(i)
	}
	busy := 0
	done := make(chan bool)
	go func() {
		for i := 0; i < 1000; i++ {
			busy++
		}
		done <- true
	}()
	<-done
	wg.Wait()
	sort.Ints(woke)
	fmt.Println(woke, busy)
	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(time.Since(start) >= 5*time.Millisecond)
}
