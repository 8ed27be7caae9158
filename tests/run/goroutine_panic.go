// run

// A panic in a goroutine that nothing recovers ends the whole program.
package main

import "fmt"

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

func main() {
	block := make(chan int)
	go func() {
		defer fmt.Println("goroutine defer runs")
		panic(myErr{7})
	}()
	<-block
}
