// run

// Goroutines that allocate heavily while others hold the only references
// to their data on their stacks: the collector must scan every goroutine
// stack.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	next *node
	val  []byte
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{head, []byte(strings.Repeat("z", i%50))}
	}
	return head
}

func length(l *node) (n, bytes int) {
	for ; l != nil; l = l.next {
		n++
		bytes += len(l.val)
	}
	return
}

func main() {
	res := make(chan string)
	start := make(chan bool)
	for g := 0; g < 8; g++ {
		go func(g int) {
			mine := build(100 + g)
			<-start
			for i := 0; i < 10; i++ {
				_ = build(40)
				runtime.Gosched()
			}
			n, b := length(mine)
			res <- fmt.Sprintf("g%d %d %d", g, n, b)
		}(g)
	}
	runtime.GC()
	close(start)
	lines := make([]string, 8)
	for range lines {
		s := <-res
		lines[s[1]-'0'] = s
	}
	for _, l := range lines {
		fmt.Println(l)
	}
	ch := make(chan []string, 100)
	go func() {
		for i := 0; i < 100; i++ {
			ch <- []string{strings.Repeat("q", i%9), fmt.Sprint(i)}
		}
		close(ch)
	}()
	total := 0
	for v := range ch {
		total += len(v[0]) + len(v[1])
	}
	fmt.Println(total)
}
