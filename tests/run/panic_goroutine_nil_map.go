// run

package main

import "fmt"

type State struct{ vals map[string]int }

func main() {
	s := &State{}
	fmt.Println("start")
	ch := make(chan int)
	go func() {
		defer fmt.Println("goroutine deferred")
		s.vals["x"] = 1
		ch <- 1
	}()
	<-ch
}
