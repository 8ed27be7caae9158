// run

// One producer, one consumer and a done channel: the consumer sees the
// items in the order they were produced.
package main

import (
	"fmt"
	"strings"
)

type item struct {
	id   int
	body string
}

func produce(n int, out chan<- *item) {
	for i := 0; i < n; i++ {
		out <- &item{id: i, body: strings.Repeat("x", i%7)}
	}
	close(out)
}

func consume(in <-chan *item, done chan<- []string) {
	var log []string
	for it := range in {
		log = append(log, fmt.Sprintf("%d:%s", it.id, it.body))
	}
	done <- log
}

func main() {
	items := make(chan *item, 4)
	done := make(chan []string)
	go produce(20, items)
	go consume(items, done)
	log := <-done
	fmt.Println(len(log))
	fmt.Println(strings.Join(log, " "))
}
