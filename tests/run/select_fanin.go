// run

// Fan-in with select: two producers, one consumer that stops listening to
// a producer (nil channel) once it is closed.
package main

import "fmt"

func producer(name string, n int) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprintf("%s%d", name, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a := producer("a", 5)
	b := producer("b", 8)
	counts := map[byte]int{}
	got := 0
	for a != nil || b != nil {
		select {
		case s, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			counts[s[0]]++
			got++
		case s, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			counts[s[0]]++
			got++
		}
	}
	fmt.Println(got, counts['a'], counts['b'])
}
