// run

// Waiting on a WaitGroup that nobody will finish is gc's deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one done")
	}()
	wg.Wait()
}
