// run

// recover works inside goroutines: each goroutine has its own defer chain
// and panics.
package main

import (
	"fmt"
	"sort"
)

func safeDiv(a, b int, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprintf("%d/%d: recovered %v", a, b, r)
		}
	}()
	out <- fmt.Sprintf("%d/%d = %d", a, b, a/b)
}

func nested(out chan<- string) {
	defer func() {
		out <- fmt.Sprint("outer recovered: ", recover())
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		var p *int
		_ = *p
	}()
}

func main() {
	out := make(chan string)
	pairs := [][2]int{{10, 2}, {1, 0}, {9, 3}, {5, 0}}
	for _, p := range pairs {
		go safeDiv(p[0], p[1], out)
	}
	var lines []string
	for range pairs {
		lines = append(lines, <-out)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	go nested(out)
	fmt.Println(<-out)
}
