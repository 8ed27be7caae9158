// run

// Each loop iteration has its own variable (Go 1.22), so goroutines started
// in a loop see their own iteration's values.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var mu sync.Mutex
	var got []string
	var wg sync.WaitGroup
	for i, s := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, fmt.Sprint(i, s))
			mu.Unlock()
		}()
	}
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, fmt.Sprint("i", i))
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
}
