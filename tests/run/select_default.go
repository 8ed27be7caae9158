// run

// select with a default case: non-blocking sends and receives.
package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))
	fmt.Println(tryRecv(c))

	// Unbuffered with nobody waiting: default.
	u := make(chan int)
	fmt.Println(trySend(u, 1))
	fmt.Println(tryRecv(u))

	// Only default.
	n := 0
	select {
	default:
		n++
	}
	fmt.Println("n", n)

	// A closed channel is always ready.
	close(c)
	v, ok := tryRecv(c)
	fmt.Println(v, ok)

	// break inside select leaves the select only.
	count := 0
	for i := 0; i < 3; i++ {
		select {
		default:
			if i == 1 {
				break
			}
			count++
		}
	}
	fmt.Println("count", count)
}
