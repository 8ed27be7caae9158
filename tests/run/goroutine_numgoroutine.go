// run

// runtime.NumGoroutine counts goroutines that exist, blocked or not.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	gate := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			started <- true
			<-gate
		}()
	}
	for i := 0; i < 5; i++ {
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	close(gate)
}
